#include "IdentifierKind.h"

#include "BelgianIban.h"
#include "BisNumber.h"
#include "CompanyNumber.h"
#include "NationalNumber.h"
#include "PaymentReference.h"
#include "PoliceReportNumber.h"

#include <array>

namespace regie {

namespace {

constexpr std::array kAllKinds{IdentifierKind::Nrn,  IdentifierKind::Bis, IdentifierKind::Kbo,
                               IdentifierKind::Iban, IdentifierKind::Ogm, IdentifierKind::Pv};

} // namespace

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Nrn:
        return QStringLiteral("nrn");
    case IdentifierKind::Bis:
        return QStringLiteral("bis");
    case IdentifierKind::Kbo:
        return QStringLiteral("kbo");
    case IdentifierKind::Iban:
        return QStringLiteral("iban");
    case IdentifierKind::Ogm:
        return QStringLiteral("ogm");
    case IdentifierKind::Pv:
        return QStringLiteral("pv");
    }
    return {};
}

QStringList identifierKindNames()
{
    QStringList names;
    for (const IdentifierKind kind : kAllKinds)
        names.append(identifierKindName(kind));
    return names;
}

std::optional<IdentifierKind> identifierKindFromName(QStringView name)
{
    for (const IdentifierKind kind : kAllKinds) {
        if (name.compare(identifierKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

IdentifierCheck checkIdentifier(IdentifierKind kind, const QString& input)
{
    switch (kind) {
    case IdentifierKind::Nrn:
        return NationalNumber::check(input);
    case IdentifierKind::Bis:
        return BisNumber::check(input);
    case IdentifierKind::Kbo:
        return CompanyNumber::check(input);
    case IdentifierKind::Iban:
        return BelgianIban::check(input);
    case IdentifierKind::Ogm:
        return PaymentReference::check(input);
    case IdentifierKind::Pv:
        return PoliceReportNumber::check(input);
    }
    return IdentifierCheck::reject(QStringLiteral("identifier.kind"),
                                   QStringLiteral("unknown identifier kind"));
}

QString formatIdentifier(IdentifierKind kind, const QString& input)
{
    switch (kind) {
    case IdentifierKind::Nrn:
        return NationalNumber::format(input);
    case IdentifierKind::Bis:
        return BisNumber::format(input);
    case IdentifierKind::Kbo:
        return CompanyNumber::format(input);
    case IdentifierKind::Iban:
        return BelgianIban::format(input);
    case IdentifierKind::Ogm:
        return PaymentReference::format(input);
    case IdentifierKind::Pv:
        return PoliceReportNumber::check(input).normalized;
    }
    return {};
}

} // namespace regie
