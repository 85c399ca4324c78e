#include "TolerationZone.h"

namespace regie {

namespace {

QString key(const QString& street)
{
    QString compact = street.simplified().toCaseFolded();
    compact.remove(QLatin1Char(' '));
    return compact;
}

} // namespace

Result<QString> TolerationZone::canonicalStreet(const QString& street) const
{
    const QString wanted = key(street);
    for (const QString& candidate : m_streets) {
        if (!wanted.isEmpty() && key(candidate) == wanted)
            return candidate;
    }
    return makeError(ErrorCode::Validation,
                     tr("%1 lies outside the tolerated zone (%2)")
                         .arg(street.simplified(), m_streets.join(QStringLiteral(", "))),
                     QStringLiteral("street"));
}

} // namespace regie
