#include "HolderTexts.h"

#include "identifiers/BisNumber.h"
#include "identifiers/CompanyNumber.h"
#include "identifiers/NationalNumber.h"

namespace regie {

QString HolderTexts::role(PremisesHolder::Role role)
{
    switch (role) {
    case PremisesHolder::Role::MainHolder:
        return tr("Main holder");
    case PremisesHolder::Role::Manager:
        return tr("Manager");
    case PremisesHolder::Role::Holder:
        break;
    }
    return tr("Holder");
}

QString HolderTexts::identifier(const Person& person)
{
    if (!person.companyNumber.isEmpty()) {
        const QString formatted = CompanyNumber::format(person.companyNumber);
        return formatted.isEmpty() ? tr("KBO %1 ✗ not valid").arg(person.companyNumber)
                                   : tr("KBO %1 ✓").arg(formatted);
    }
    if (person.nationalNumber.isEmpty())
        return {};
    if (NationalNumber::check(person.nationalNumber).valid)
        return tr("NRN %1 ✓").arg(NationalNumber::format(person.nationalNumber));
    if (BisNumber::check(person.nationalNumber).valid)
        return tr("BIS %1 ✓").arg(BisNumber::format(person.nationalNumber));
    return tr("%1 ✗ not valid").arg(person.nationalNumber);
}

QString HolderTexts::identifierNote(const Person& person)
{
    const QString id = identifier(person);
    if (!id.isEmpty())
        return id;
    return person.kind == Person::Kind::Legal
               ? tr("⚠ No company number recorded for this organisation: add it in People.")
               : tr("⚠ No national register or BIS number recorded for this person: add it in "
                    "People.");
}

} // namespace regie
