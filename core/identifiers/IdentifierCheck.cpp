#include "IdentifierCheck.h"

#include <utility>

namespace regie {

IdentifierCheck IdentifierCheck::accept(QString normalized, QString detail)
{
    IdentifierCheck check;
    check.valid = true;
    check.normalized = std::move(normalized);
    check.detail = std::move(detail);
    return check;
}

IdentifierCheck IdentifierCheck::reject(QString rule, QString detail, QString normalized)
{
    IdentifierCheck check;
    check.valid = false;
    check.rule = std::move(rule);
    check.detail = std::move(detail);
    check.normalized = std::move(normalized);
    return check;
}

Error IdentifierCheck::toError(const QString& field) const
{
    const QString text = rule.isEmpty() ? detail : rule + QStringLiteral(": ") + detail;
    return Error{ErrorCode::InvalidIdentifier, text, field};
}

} // namespace regie
