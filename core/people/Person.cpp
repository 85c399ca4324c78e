#include "Person.h"

namespace regie {

QString Person::displayName() const
{
    if (kind == Kind::Legal)
        return legalForm.isEmpty() ? legalName : legalName + QLatin1Char(' ') + legalForm;
    if (givenNames.isEmpty())
        return familyName;
    return familyName + QStringLiteral(", ") + givenNames;
}

QString Person::kindName(Kind kind)
{
    return kind == Kind::Legal ? QStringLiteral("legal") : QStringLiteral("natural");
}

bool Person::kindFromName(const QString& name, Kind* kind)
{
    if (name == QLatin1String("natural"))
        *kind = Kind::Natural;
    else if (name == QLatin1String("legal"))
        *kind = Kind::Legal;
    else
        return false;
    return true;
}

} // namespace regie
