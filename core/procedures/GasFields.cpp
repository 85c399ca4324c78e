#include "GasFields.h"

namespace regie::GasFields {

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant amountValue(const std::optional<double>& amount)
{
    return amount ? QVariant(*amount) : QVariant();
}

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(unknown)");
}

QString eur(double amount)
{
    return QString::number(amount, 'f', 2) + QStringLiteral(" EUR");
}

QVariantMap dossierFields(const GasDossier& d)
{
    return {{QStringLiteral("number"), d.number},
            {QStringLiteral("installation_code"), d.installationCode},
            {QStringLiteral("year"), d.year},
            {QStringLiteral("sequence"), d.sequence},
            {QStringLiteral("facts_date"), dateValue(d.factsDate)},
            {QStringLiteral("place"), d.place},
            {QStringLiteral("report_number"), d.reportNumber},
            {QStringLiteral("report_kind"), d.reportKind},
            {QStringLiteral("offence_id"), d.offenceId},
            {QStringLiteral("person_id"), d.personId},
            {QStringLiteral("offender_role"), d.offenderRole},
            {QStringLiteral("birth_date"), dateValue(d.birthDate)},
            {QStringLiteral("minor"), d.minor},
            {QStringLiteral("intended_fine"), amountValue(d.intendedFine)},
            {QStringLiteral("state"), d.state},
            {QStringLiteral("rule_set"), d.ruleSet},
            {QStringLiteral("received_date"), dateValue(d.receivedDate)},
            {QStringLiteral("received_late"), d.receivedLate},
            {QStringLiteral("repeat_of"), d.repeatOf.isEmpty() ? QVariant() : QVariant(d.repeatOf)},
            {QStringLiteral("report_warning"), d.reportWarning},
            {QStringLiteral("payment_reference"), d.paymentReference},
            {QStringLiteral("created"), d.created},
            {QStringLiteral("notes"), d.notes}};
}

QVariantMap derivedFields(const GasDossierClock::Derived& x)
{
    return {{QStringLiteral("decision_date"), dateValue(x.decisionDate)},
            {QStringLiteral("decided_fine"), amountValue(x.decidedFine)},
            {QStringLiteral("hearing_date"), dateValue(x.hearingDate)},
            {QStringLiteral("limitation_date"), dateValue(x.limitationDate)},
            {QStringLiteral("payment_due"), dateValue(x.paymentDue)},
            {QStringLiteral("next_deadline"), dateValue(x.nextDeadline)},
            {QStringLiteral("next_deadline_name"), x.nextName},
            {QStringLiteral("next_deadline_party"), x.nextParty}};
}

} // namespace regie::GasFields
