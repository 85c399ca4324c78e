#include "InspectionRepository.h"

#include "storage/Database.h"

namespace regie {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, premises_id, coalesce(certificate_id, ''), kind, inspection_date, inspector, "
    "template_id, template_code, template_version, finalised_at FROM inspections "
    "WHERE deleted = 0");

Inspection inspectionFrom(const QSqlQuery& q)
{
    Inspection i;
    i.id = q.value(0).toString();
    i.premisesId = q.value(1).toString();
    i.certificateId = q.value(2).toString();
    i.kind = q.value(3).toString();
    i.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    i.inspector = q.value(5).toString();
    i.templateId = q.value(6).toString();
    i.templateCode = q.value(7).toString();
    i.templateVersion = q.value(8).toInt();
    i.finalisedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return i;
}

QDateTime stamp(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

Result<Inspection> InspectionRepository::find(const QString& id) const
{
    QSqlQuery& q = m_db.prepared(kSelect + QStringLiteral(" AND id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("inspections"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("inspection %1").arg(id),
                         QStringLiteral("inspection"));
    Inspection inspection = inspectionFrom(q);
    q.finish();
    for (auto load : {&InspectionRepository::loadAnswers, &InspectionRepository::loadAmendments,
                      &InspectionRepository::loadPhotos, &InspectionRepository::loadFindings}) {
        if (auto loaded = (this->*load)(inspection); !loaded.ok())
            return loaded.error();
    }
    return inspection;
}

Result<QVector<Inspection>> InspectionRepository::list(const QString& premises) const
{
    const QString premisesId = premises.isEmpty() ? QStringLiteral("") : premises; // not NULL
    QSqlQuery& q = m_db.prepared(kSelect + QStringLiteral(" AND (? = '' OR premises_id = ?) "
                                                          "ORDER BY inspection_date DESC, id"));
    q.addBindValue(premisesId);
    q.addBindValue(premisesId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("inspections"));
    QVector<Inspection> result;
    while (q.next())
        result.push_back(inspectionFrom(q));
    return result;
}

Result<void> InspectionRepository::loadAnswers(Inspection& inspection) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, item_code, window_number, result, remark, answered_at FROM "
        "inspection_answers WHERE inspection_id = ? AND deleted = 0 ORDER BY rowid"));
    q.addBindValue(inspection.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("inspection answers"));
    while (q.next()) {
        InspectionAnswer a;
        a.id = q.value(0).toString();
        a.itemCode = q.value(1).toString();
        a.windowNumber = q.value(2).toString();
        a.result = q.value(3).toString();
        a.remark = q.value(4).toString();
        a.answeredAt = stamp(q.value(5));
        inspection.answers.push_back(a);
    }
    return {};
}

Result<void> InspectionRepository::loadAmendments(Inspection& inspection) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, answer_id, result, remark, reason, amended_at FROM inspection_amendments "
        "WHERE inspection_id = ? AND deleted = 0 ORDER BY amended_at, rowid"));
    q.addBindValue(inspection.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("inspection amendments"));
    while (q.next()) {
        InspectionAmendment m{q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), stamp(q.value(5))};
        for (InspectionAnswer& a : inspection.answers) {
            if (a.id == m.answerId)
                a.amendments.push_back(m);
        }
    }
    return {};
}

Result<void> InspectionRepository::loadPhotos(Inspection& inspection) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, item_code, blob_id, file_name FROM inspection_photos "
        "WHERE inspection_id = ? AND deleted = 0 ORDER BY added_at, rowid"));
    q.addBindValue(inspection.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("inspection photos"));
    while (q.next())
        inspection.photos.push_back({q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString()});
    return {};
}

Result<void> InspectionRepository::loadFindings(Inspection& inspection) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, item_code, window_number, description, status FROM findings "
        "WHERE inspection_id = ? AND deleted = 0 ORDER BY rowid"));
    q.addBindValue(inspection.id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("findings"));
    while (q.next())
        inspection.findings.push_back({q.value(0).toString(), inspection.id,
                                       inspection.premisesId, q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString()});
    return {};
}

} // namespace regie
