#pragma once

// The Dutch of the window-register finding sentences (RegisterFindingText), for a FakeTranslator
// in the core and views tests.

#include <QHash>
#include <QString>

namespace regie::test {

inline QHash<QString, QString> dutchRegisterTexts()
{
    return {
        {QStringLiteral("RegisterFindingText|worker not pre-registered: %1"),
         QStringLiteral("sekswerker niet vooraf geregistreerd: %1")},
        {QStringLiteral("RegisterFindingText|no entry in the register for %1 at window %2 on %3"),
         QStringLiteral("geen lijn in het register voor %1 aan raam %2 op %3")},
        {QStringLiteral(
             "RegisterFindingText|%1 is in the register for window %2 but not registered"),
         QStringLiteral("%1 staat in het register voor raam %2 maar is niet geregistreerd")},
        {QStringLiteral("RegisterFindingText|the registration of %1 at window %2 was not "
                        "validated by the police"),
         QStringLiteral("de registratie van %1 aan raam %2 is niet door de politie gevalideerd")},
    };
}

} // namespace regie::test
