#include "HolderSanctionRepository.h"

#include "storage/Database.h"

namespace regie {

namespace {

const QString kColumns = QStringLiteral(
    "id, number, installation_code, year, sequence, premises_id, coalesce(certificate_id, ''), "
    "coalesce(holder_id, ''), opened_on, notes");

HolderSanction readDossier(const QSqlQuery& q)
{
    HolderSanction d;
    d.id = q.value(0).toString();
    d.number = q.value(1).toString();
    d.installationCode = q.value(2).toString();
    d.year = q.value(3).toInt();
    d.sequence = q.value(4).toInt();
    d.premisesId = q.value(5).toString();
    d.certificateId = q.value(6).toString();
    d.holderId = q.value(7).toString();
    d.openedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.notes = q.value(9).toString();
    return d;
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<HolderSanction> HolderSanctionRepository::find(const QString& idOrNumber) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT %1 FROM holder_sanctions WHERE (id = ? OR "
                                                "number = ?) AND deleted = 0")
                                     .arg(kColumns));
    q.addBindValue(idOrNumber);
    q.addBindValue(idOrNumber);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("holder sanction"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no sanction dossier %1").arg(idOrNumber));
    }
    HolderSanction d = readDossier(q);
    q.finish();
    if (auto loaded = loadEvents(d); !loaded.ok())
        return loaded.error();
    return d;
}

Result<QVector<HolderSanction>> HolderSanctionRepository::list(const QString& premisesId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM holder_sanctions WHERE deleted = 0 AND (? = '' OR "
                       "premises_id = ?) ORDER BY year DESC, sequence DESC")
            .arg(kColumns));
    const QString scope = premisesId.isNull() ? QStringLiteral("") : premisesId; // NULL <> ''
    q.addBindValue(scope);
    q.addBindValue(scope);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("holder sanctions"));
    QVector<HolderSanction> dossiers;
    while (q.next())
        dossiers << readDossier(q);
    q.finish();
    for (HolderSanction& d : dossiers) {
        if (auto loaded = loadEvents(d); !loaded.ok())
            return loaded.error();
    }
    return dossiers;
}

Result<int> HolderSanctionRepository::nextSequence(const QString& installationCode, int year) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT coalesce(max(sequence), 0) + 1 FROM holder_sanctions WHERE installation_code = ? "
        "AND year = ?"));
    q.addBindValue(installationCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return Database::errorOf(q, QStringLiteral("sanction sequence"));
    const int next = q.value(0).toInt();
    q.finish();
    return next;
}

Result<void> HolderSanctionRepository::loadEvents(HolderSanction& d) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, type, event_date, report_number, coalesce(finding_id, ''), decision, "
        "start_date, end_date, notified_on, outcome, note FROM holder_sanction_events "
        "WHERE dossier_id = ? AND deleted = 0 ORDER BY event_date, rowid"));
    q.addBindValue(d.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("holder sanction events"));
    d.events.clear();
    while (q.next()) {
        HolderSanctionEvent e;
        e.id = q.value(0).toString();
        e.type = q.value(1).toString();
        e.date = dateOf(q.value(2));
        e.reportNumber = q.value(3).toString();
        e.findingId = q.value(4).toString();
        e.decision = q.value(5).toString();
        e.start = dateOf(q.value(6));
        e.end = dateOf(q.value(7));
        e.notifiedOn = dateOf(q.value(8));
        e.outcome = q.value(9).toString();
        e.note = q.value(10).toString();
        d.events << e;
    }
    q.finish();
    return {};
}

} // namespace regie
