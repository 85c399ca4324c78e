#include "HolderSanctionService.h"

#include "certificates/CertificateService.h"
#include "common/Clock.h"
#include "identifiers/PoliceReportNumber.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/InstallationStore.h"
#include "storage/Transaction.h"
#include "storage/WritePath.h"

namespace regie {

namespace {

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap eventFields(const QString& dossierId, const HolderSanctionEvent& e)
{
    return {{QStringLiteral("dossier_id"), dossierId},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("event_date"), dateValue(e.date)},
            {QStringLiteral("report_number"), e.reportNumber},
            {QStringLiteral("finding_id"), nullIfEmpty(e.findingId)},
            {QStringLiteral("decision"), e.decision},
            {QStringLiteral("start_date"), dateValue(e.start)},
            {QStringLiteral("end_date"), dateValue(e.end)},
            {QStringLiteral("notified_on"), dateValue(e.notifiedOn)},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("note"), e.note}};
}

} // namespace

HolderSanctionService::HolderSanctionService(Database& db, WritePath& writes, const Clock& clock,
                                             RuleBook rules, CertificateService& certificates)
    : m_db(db), m_writes(writes), m_clock(clock), m_rules(std::move(rules)),
      m_certificates(certificates), m_repo(db)
{
}

int HolderSanctionService::rule(const QString& key, int fallback) const
{
    auto set = m_rules.forProcedure(ProcedureKind::CertificateSanction, m_clock.today());
    if (!set.ok())
        return fallback;
    auto value = set->integer(key);
    return value.ok() ? value.value() : fallback;
}

HolderSanctionState HolderSanctionService::stateOf(const HolderSanction& dossier) const
{
    return HolderSanctionState::of(dossier, rule(QStringLiteral("councilOfStateAppealDays"), 60));
}

Result<HolderSanction> HolderSanctionService::open(const QString& premisesId,
                                                   const HolderSanctionEvent& finding)
{
    HolderSanctionEvent first = finding;
    first.type = QStringLiteral("finding");
    HolderSanction probe;
    if (auto checked = check(probe, first, nullptr); !checked.ok())
        return checked.error();
    Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status().error();
    QSqlQuery& exists = m_db.prepared(
        QStringLiteral("SELECT 1 FROM premises WHERE id = ? AND deleted = 0"));
    exists.addBindValue(premisesId);
    if (!exists.exec())
        return Database::errorOf(exists, QStringLiteral("premises"));
    const bool known = exists.next();
    exists.finish();
    if (!known)
        return makeError(ErrorCode::NotFound, QStringLiteral("no premises %1").arg(premisesId),
                         QStringLiteral("premises"));
    auto self = InstallationStore(m_db).self();
    if (!self.ok())
        return self.error();
    HolderSanction d;
    d.installationCode = self->shortCode;
    d.year = m_clock.today().year();
    auto sequence = m_repo.nextSequence(d.installationCode, d.year);
    if (!sequence.ok())
        return sequence.error();
    d.sequence = *sequence;
    d.number = QStringLiteral("HS/%1/%2/%3")
                   .arg(d.year)
                   .arg(d.installationCode)
                   .arg(d.sequence, 4, 10, QLatin1Char('0'));
    d.premisesId = premisesId;
    d.openedOn = m_clock.today();
    ChangeSet cs(QStringLiteral("sanction.open"));
    d.id = cs.create(QStringLiteral("holder_sanctions"),
                     {{QStringLiteral("number"), d.number},
                      {QStringLiteral("installation_code"), d.installationCode},
                      {QStringLiteral("year"), d.year},
                      {QStringLiteral("sequence"), d.sequence},
                      {QStringLiteral("premises_id"), premisesId},
                      {QStringLiteral("opened_on"), dateValue(d.openedOn)}});
    if (auto certificate = certificateOf(d); certificate.ok())
        cs.set(QStringLiteral("holder_sanctions"), d.id, QStringLiteral("certificate_id"),
               certificate.value());
    cs.create(QStringLiteral("holder_sanction_events"), eventFields(d.id, first));
    if (!first.findingId.isEmpty())
        cs.set(QStringLiteral("findings"), first.findingId,
               {{QStringLiteral("sanction_id"), d.id}, {QStringLiteral("status"),
                                                        QStringLiteral("sanction")}});
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return m_repo.find(d.id);
}

Result<HolderSanction> HolderSanctionService::openFromFinding(const QString& findingId,
                                                              const QDate& date,
                                                              const QString& reportNumber)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT premises_id, coalesce(sanction_id, ''), item_code, description FROM findings "
        "WHERE id = ? AND deleted = 0"));
    q.addBindValue(findingId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("finding"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, QStringLiteral("no finding %1").arg(findingId),
                         QStringLiteral("finding"));
    }
    const QString premisesId = q.value(0).toString();
    const QString linked = q.value(1).toString();
    const QString note = q.value(2).toString() + QStringLiteral(": ") + q.value(3).toString();
    q.finish();
    if (!linked.isEmpty())
        return makeError(
            ErrorCode::RuleViolation,
            QStringLiteral("one-dossier-per-finding: ") +
                tr("finding %1 already belongs to sanction dossier %2").arg(findingId, linked),
            QStringLiteral("one-dossier-per-finding"));
    HolderSanctionEvent finding;
    finding.date = date;
    finding.reportNumber = reportNumber;
    finding.findingId = findingId;
    finding.note = note;
    // A dossier already open for the premises takes the finding rather than a second dossier.
    auto existing = m_repo.list(premisesId);
    if (!existing.ok())
        return existing.error();
    for (const HolderSanction& d : existing.value()) {
        if (stateOf(d).phase != QLatin1String("closed")) {
            finding.type = QStringLiteral("finding");
            return record(d.id, finding);
        }
    }
    return open(premisesId, finding);
}

Result<HolderSanction> HolderSanctionService::record(const QString& idOrNumber,
                                                     const HolderSanctionEvent& event,
                                                     QStringList* warnings)
{
    auto dossier = m_repo.find(idOrNumber);
    if (!dossier.ok())
        return dossier.error();
    if (auto checked = check(dossier.value(), event, warnings); !checked.ok())
        return checked.error();
    Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status().error();
    ChangeSet cs(QStringLiteral("sanction.") + event.type);
    cs.create(QStringLiteral("holder_sanction_events"), eventFields(dossier->id, event));
    if (event.type == QLatin1String("finding") && !event.findingId.isEmpty())
        cs.set(QStringLiteral("findings"), event.findingId,
               {{QStringLiteral("sanction_id"), dossier->id},
                {QStringLiteral("status"), QStringLiteral("sanction")}});
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    if (event.type == QLatin1String("decision")) {
        if (auto handed = applyToCertificate(dossier.value(), event); !handed.ok())
            return handed.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return m_repo.find(dossier->id);
}

Result<void> HolderSanctionService::linkFindingToGas(const QString& findingId,
                                                     const QString& gasDossierId)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT (SELECT count(*) FROM findings WHERE id = ? AND deleted = 0), "
        "(SELECT count(*) FROM gas_dossiers WHERE id = ? AND deleted = 0)"));
    q.addBindValue(findingId);
    q.addBindValue(gasDossierId);
    if (!q.exec() || !q.next())
        return Database::errorOf(q, QStringLiteral("finding"));
    const bool finding = q.value(0).toInt() > 0, gas = q.value(1).toInt() > 0;
    q.finish();
    if (!finding)
        return makeError(ErrorCode::NotFound, QStringLiteral("no finding %1").arg(findingId),
                         QStringLiteral("finding"));
    if (!gas)
        return makeError(ErrorCode::NotFound, QStringLiteral("no GAS dossier %1").arg(gasDossierId),
                         QStringLiteral("gas"));
    ChangeSet cs(QStringLiteral("finding.link-gas"));
    cs.set(QStringLiteral("findings"), findingId,
           {{QStringLiteral("gas_dossier_id"), gasDossierId},
            {QStringLiteral("status"), QStringLiteral("gas")}});
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return {};
}

Result<QString> HolderSanctionService::certificateOf(const HolderSanction& dossier) const
{
    if (!dossier.certificateId.isEmpty())
        return dossier.certificateId;
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM certificates WHERE premises_id = ? AND deleted = 0 "
        "ORDER BY application_date DESC, rowid DESC LIMIT 1"));
    q.addBindValue(dossier.premisesId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("certificate"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the premises has no certificate dossier"),
                         QStringLiteral("certificate"));
    }
    const QString id = q.value(0).toString();
    q.finish();
    return id;
}

Result<void> HolderSanctionService::applyToCertificate(const HolderSanction& dossier,
                                                       const HolderSanctionEvent& event)
{
    const bool suspension = event.decision == QLatin1String("suspension");
    if (!suspension && event.decision != QLatin1String("withdrawal"))
        return {}; // closures concern the premises, not the certificate
    auto certificate = certificateOf(dossier);
    if (!certificate.ok())
        return certificate.error();
    auto done = suspension
                    ? m_certificates.suspend(*certificate, event.start, event.end, dossier.number)
                    : m_certificates.withdraw(*certificate, event.start, dossier.number);
    if (!done.ok())
        return done.error();
    return {};
}

} // namespace regie
