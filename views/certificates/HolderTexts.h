#pragma once

#include "people/Person.h"
#include "premises/Premises.h"

#include <QCoreApplication>

namespace regie {

// The words for a holder's role and a person's identifier on the premises screens.
class HolderTexts
{
    Q_DECLARE_TR_FUNCTIONS(HolderTexts)

public:
    static QString role(PremisesHolder::Role role);
    // "85.07.30-033.28 ✓" (national register), "BIS …", "KBO 0440.966.354 ✓"; with "✗" when the
    // stored number does not validate; empty when none is recorded.
    static QString identifier(const Person& person);
    // The line a dialog shows under a chosen person: the identifier, or a warning that none is
    // recorded.
    static QString identifierNote(const Person& person);
};

} // namespace regie
