#include "CertificateService.h"

#include "CertificateKinds.h"
#include "CertificateStatus.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <algorithm>

namespace regie {

namespace {

const QString kEvents = QStringLiteral("certificate_events");

Error refused(const QString& detail, const QString& field)
{
    return makeError(ErrorCode::RuleViolation, detail, field);
}

Result<void> checkKind(const QString& kind, const QStringList& allowed, const QString& field)
{
    if (allowed.contains(kind))
        return {};
    return makeError(ErrorCode::Validation,
                     QCoreApplication::translate("CertificateService", "%1 is not one of %2")
                         .arg(kind, allowed.join(QLatin1Char('|'))),
                     field);
}

Result<QString> applied(WritePath& writes, const ChangeSet& cs, const QString& id)
{
    if (auto done = writes.apply(cs); !done.ok())
        return done.error();
    return id;
}

} // namespace

QVariantMap CertificateService::eventFields(const QString& dossierId, const QString& kind,
                                            const QDate& date, const QString& detail)
{
    return {{QStringLiteral("certificate_id"), dossierId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("event_date"), date},
            {QStringLiteral("detail"), detail}};
}

Result<void> CertificateService::checkNotFuture(const QDate& date, const QString& field) const
{
    if (!date.isValid())
        return makeError(ErrorCode::Validation, tr("date missing"), field);
    if (date > m_clock.today())
        return makeError(
            ErrorCode::Validation,
            tr("%1 lies in the future (today is %2)")
                .arg(date.toString(Qt::ISODate), m_clock.today().toString(Qt::ISODate)),
            field);
    return {};
}

Result<CertificateDossier> CertificateService::openDossier(const QString& id) const
{
    return m_repo.find(id);
}

Result<QString> CertificateService::apply(const QString& premisesId, const QDate& date,
                                          const QString& renewalOf)
{
    if (auto ok = checkNotFuture(date, QStringLiteral("date")); !ok.ok())
        return ok.error();
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT 1 FROM premises WHERE id = ? AND deleted = 0"));
    q.addBindValue(premisesId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("premises"));
    const bool found = q.next();
    q.finish();
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("premises %1").arg(premisesId),
                         QStringLiteral("premises"));
    if (!renewalOf.isEmpty()) {
        auto previous = openDossier(renewalOf);
        if (!previous.ok())
            return previous.error();
        if (previous->premisesId != premisesId)
            return refused(tr("certificate %1 belongs to another premises").arg(renewalOf),
                           QStringLiteral("renewal-of"));
    }
    ChangeSet cs(QStringLiteral("certificate.apply"));
    const QString id = cs.create(
        QStringLiteral("certificates"),
        {{QStringLiteral("premises_id"), premisesId},
         {QStringLiteral("kind"), renewalOf.isEmpty() ? QStringLiteral("application")
                                                      : QStringLiteral("renewal")},
         {QStringLiteral("application_date"), date},
         {QStringLiteral("renewal_of"), renewalOf.isEmpty() ? QVariant() : QVariant(renewalOf)}});
    cs.create(kEvents, eventFields(id, QStringLiteral("application"), date, renewalOf));
    return applied(m_writes, cs, id);
}

Result<QString> CertificateService::addDocument(const QString& dossierId,
                                                const CertificateDocument& doc)
{
    if (auto ok = checkKind(doc.kind, CertificateKinds::documentKinds(), QStringLiteral("type"));
        !ok.ok())
        return ok.error();
    if (auto ok = checkNotFuture(doc.date, QStringLiteral("date")); !ok.ok())
        return ok.error();
    auto dossier = openDossier(dossierId);
    if (!dossier.ok())
        return dossier.error();
    if (dossier->decision())
        return refused(tr("the dossier is decided"), QStringLiteral("certificate"));
    ChangeSet cs(QStringLiteral("certificate.document"));
    const QString id = cs.create(QStringLiteral("certificate_documents"),
                                 {{QStringLiteral("certificate_id"), dossierId},
                                  {QStringLiteral("kind"), doc.kind},
                                  {QStringLiteral("document_date"), doc.date},
                                  {QStringLiteral("reference"), doc.reference}});
    // In the history a document counts from the application at the earliest.
    cs.create(kEvents, eventFields(dossierId, QStringLiteral("document"),
                                   std::max(doc.date, dossier->applicationDate),
                                   doc.kind + QLatin1Char(' ') + doc.date.toString(Qt::ISODate)));
    return applied(m_writes, cs, id);
}

Result<QString> CertificateService::addCheck(const QString& dossierId,
                                             const CertificateCheck& check)
{
    if (auto ok = checkKind(check.kind, CertificateKinds::checkKinds(), QStringLiteral("type"));
        !ok.ok())
        return ok.error();
    if (auto ok = checkNotFuture(check.date, QStringLiteral("date")); !ok.ok())
        return ok.error();
    if (check.inspector.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("inspector missing"),
                         QStringLiteral("inspector"));
    auto dossier = openDossier(dossierId);
    if (!dossier.ok())
        return dossier.error();
    if (dossier->decision())
        return refused(tr("the dossier is decided"), QStringLiteral("certificate"));
    const QString result =
        check.favourable ? QStringLiteral("favourable") : QStringLiteral("unfavourable");
    ChangeSet cs(QStringLiteral("certificate.check"));
    const QString id = cs.create(QStringLiteral("certificate_checks"),
                                 {{QStringLiteral("certificate_id"), dossierId},
                                  {QStringLiteral("kind"), check.kind},
                                  {QStringLiteral("check_date"), check.date},
                                  {QStringLiteral("inspector"), check.inspector.trimmed()},
                                  {QStringLiteral("result"), result},
                                  {QStringLiteral("remarks"), check.remarks}});
    cs.create(kEvents, eventFields(dossierId, QStringLiteral("check"), check.date,
                                   check.kind + QLatin1Char(' ') + result));
    return applied(m_writes, cs, id);
}

Result<void> CertificateService::checkDecisionAllowed(const CertificateDossier& dossier,
                                                      const Decision& decision) const
{
    if (dossier.decision())
        return refused(tr("the dossier is already decided"), QStringLiteral("outcome"));
    if (decision.date < dossier.applicationDate)
        return makeError(ErrorCode::Validation, tr("decision before the application"),
                         QStringLiteral("date"));
    const QStringList documents = CertificateStatus::documentProblems(dossier, rulesFor(dossier));
    if (!documents.isEmpty())
        return refused(tr("application documents missing or stale: %1")
                           .arg(documents.join(QStringLiteral(", "))),
                       QStringLiteral("documents"));
    const QStringList checks = CertificateStatus::missingChecks(dossier);
    if (!checks.isEmpty())
        return refused(tr("checks missing: %1").arg(checks.join(QStringLiteral(", "))),
                       QStringLiteral("checks"));
    const bool conditional = decision.outcome == QLatin1String("granted-with-conditions");
    if (conditional == decision.conditions.isEmpty())
        return refused(conditional ? tr("a conditional grant needs conditions")
                                   : tr("only a conditional grant has conditions"),
                       QStringLiteral("condition"));
    for (const CertificateCondition& c : decision.conditions) {
        if (c.text.trimmed().isEmpty() || !c.dueDate.isValid() || c.dueDate < decision.date)
            return makeError(ErrorCode::Validation,
                             tr("each condition needs a text and a due date on or "
                                "after the decision"),
                             QStringLiteral("condition"));
    }
    for (const CertificateCheck& check : dossier.checks) {
        if (!check.favourable && decision.outcome == QLatin1String("granted"))
            return refused(tr("%1 check is unfavourable: grant with conditions or "
                              "refuse")
                               .arg(check.kind),
                           QStringLiteral("outcome"));
    }
    return {};
}

Result<QString> CertificateService::decide(const QString& dossierId, const Decision& decision)
{
    if (auto ok = checkKind(decision.outcome, CertificateKinds::outcomes(),
                            QStringLiteral("outcome"));
        !ok.ok())
        return ok.error();
    if (auto ok = checkNotFuture(decision.date, QStringLiteral("date")); !ok.ok())
        return ok.error();
    auto dossier = openDossier(dossierId);
    if (!dossier.ok())
        return dossier.error();
    if (auto ok = checkDecisionAllowed(dossier.value(), decision); !ok.ok())
        return ok.error();
    ChangeSet cs(QStringLiteral("certificate.decide"));
    QVariantMap fields = eventFields(dossierId, QStringLiteral("decision"), decision.date,
                                     decision.detail);
    fields.insert(QStringLiteral("outcome"), decision.outcome);
    if (decision.outcome != QLatin1String("refused"))
        fields.insert(QStringLiteral("valid_until"),
                      rulesFor(dossier.value()).expiryFor(decision.date));
    const QString id = cs.create(kEvents, fields);
    for (const CertificateCondition& c : decision.conditions)
        cs.create(QStringLiteral("certificate_conditions"),
                  {{QStringLiteral("certificate_id"), dossierId},
                   {QStringLiteral("text"), c.text.trimmed()},
                   {QStringLiteral("due_date"), c.dueDate}});
    return applied(m_writes, cs, id);
}

Result<QString> CertificateService::meetCondition(const QString& conditionId, const QDate& date)
{
    if (auto ok = checkNotFuture(date, QStringLiteral("date")); !ok.ok())
        return ok.error();
    auto dossierId = m_repo.dossierOfCondition(conditionId);
    if (!dossierId.ok())
        return dossierId.error();
    ChangeSet cs(QStringLiteral("certificate.condition-met"));
    cs.set(QStringLiteral("certificate_conditions"), conditionId, QStringLiteral("met_date"), date);
    QVariantMap fields =
        eventFields(dossierId.value(), QStringLiteral("condition-met"), date, conditionId);
    fields.insert(QStringLiteral("reference"), conditionId);
    const QString id = cs.create(kEvents, fields);
    return applied(m_writes, cs, id);
}

Result<CertificateDossier> CertificateService::grantedDossier(const QString& id,
                                                              const QDate& date) const
{
    if (!date.isValid())
        return makeError(ErrorCode::Validation, tr("start date missing"), QStringLiteral("date"));
    auto dossier = openDossier(id);
    if (!dossier.ok())
        return dossier.error();
    const CertificateEvent* decision = dossier->decision();
    if (!decision || decision->outcome == QLatin1String("refused"))
        return refused(tr("certificate %1 was not granted").arg(id), QStringLiteral("certificate"));
    if (date < decision->date)
        return makeError(ErrorCode::Validation, tr("start before the grant"),
                         QStringLiteral("date"));
    if (CertificateStatus::at(dossier.value(), date) == CertificateStatus::Status::Withdrawn)
        return refused(tr("certificate %1 is withdrawn").arg(id), QStringLiteral("certificate"));
    return dossier;
}

Result<QString> CertificateService::suspend(const QString& dossierId, const QDate& start,
                                            const QDate& end, const QString& reference)
{
    auto dossier = grantedDossier(dossierId, start);
    if (!dossier.ok())
        return dossier.error();
    if (end.isValid() && end < start)
        return makeError(ErrorCode::Validation, tr("suspension ends before it starts"),
                         QStringLiteral("until"));
    ChangeSet cs(QStringLiteral("certificate.suspend"));
    QVariantMap fields = eventFields(dossierId, QStringLiteral("suspension"), start, {});
    fields.insert(QStringLiteral("end_date"), end.isValid() ? QVariant(end) : QVariant());
    fields.insert(QStringLiteral("reference"), reference);
    const QString id = cs.create(kEvents, fields);
    return applied(m_writes, cs, id);
}

Result<QString> CertificateService::withdraw(const QString& dossierId, const QDate& date,
                                             const QString& reference)
{
    auto dossier = grantedDossier(dossierId, date);
    if (!dossier.ok())
        return dossier.error();
    ChangeSet cs(QStringLiteral("certificate.withdraw"));
    QVariantMap fields = eventFields(dossierId, QStringLiteral("withdrawal"), date, {});
    fields.insert(QStringLiteral("reference"), reference);
    const QString id = cs.create(kEvents, fields);
    return applied(m_writes, cs, id);
}

} // namespace regie
