#include "MeasureRepository.h"

#include "storage/Database.h"

namespace regie {

namespace {

const QString kColumns = QStringLiteral(
    "id, number, installation_code, year, sequence, kind, coalesce(person_id, ''), "
    "coalesce(premises_id, ''), perimeter, order_text, reason, decision_date, start_date, months, "
    "renewals, end_date, hearing_date, urgency_reason, consultation_date, confirmation_date, "
    "state, rule_set, coalesce(gas_dossier_id, ''), created FROM measures");

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Measure measureFrom(const QSqlQuery& q)
{
    Measure m;
    m.id = q.value(0).toString();
    m.number = q.value(1).toString();
    m.installationCode = q.value(2).toString();
    m.year = q.value(3).toInt();
    m.sequence = q.value(4).toInt();
    m.kind = q.value(5).toString();
    m.personId = q.value(6).toString();
    m.premisesId = q.value(7).toString();
    m.perimeter = q.value(8).toString();
    m.orderText = q.value(9).toString();
    m.reason = q.value(10).toString();
    m.decisionDate = dateOf(q.value(11));
    m.startDate = dateOf(q.value(12));
    if (!q.value(13).isNull())
        m.months = q.value(13).toInt();
    m.renewals = q.value(14).toInt();
    m.endDate = dateOf(q.value(15));
    m.hearingDate = dateOf(q.value(16));
    m.urgencyReason = q.value(17).toString();
    m.consultationDate = dateOf(q.value(18));
    m.confirmationDate = dateOf(q.value(19));
    m.state = q.value(20).toString();
    m.ruleSet = q.value(21).toString();
    m.gasDossierId = q.value(22).toString();
    m.created = QDateTime::fromString(q.value(23).toString(), Qt::ISODateWithMs);
    return m;
}

} // namespace

Result<QVector<Measure>> MeasureRepository::find(const Filter& filter) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" WHERE deleted = 0 AND (? = '' OR kind = ?) AND (? = '' OR state = ?) "
                       "AND (? = '' OR person_id = ?) AND (? = '' OR premises_id = ?) "
                       "ORDER BY start_date DESC, number DESC LIMIT ? OFFSET ?"));
    for (const QString& value : {filter.kind, filter.state, filter.personId, filter.premisesId}) {
        const QString text = value.isNull() ? QStringLiteral("") : value; // null binds as NULL
        q.addBindValue(text);
        q.addBindValue(text);
    }
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("measures"));
    QVector<Measure> result;
    while (q.next())
        result.push_back(measureFrom(q));
    return result;
}

Result<Measure> MeasureRepository::get(const QString& idOrNumber) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" WHERE (id = ? OR number = ?) AND deleted = 0"));
    q.addBindValue(idOrNumber);
    q.addBindValue(idOrNumber.trimmed().toUpper());
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("measure"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no measure %1").arg(idOrNumber),
                         QStringLiteral("measure"));
    return measureFrom(q);
}

Result<QVector<MeasureEvent>> MeasureRepository::events(const QString& measureId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, measure_id, type, date, months, details, recorded FROM measure_events "
        "WHERE measure_id = ? AND deleted = 0 ORDER BY date, recorded, id"));
    q.addBindValue(measureId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("measure events"));
    QVector<MeasureEvent> result;
    while (q.next()) {
        MeasureEvent e{q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       dateOf(q.value(3)),
                       std::nullopt,
                       q.value(5).toString(),
                       QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)};
        if (!q.value(4).isNull())
            e.months = q.value(4).toInt();
        result.push_back(e);
    }
    return result;
}

Result<int> MeasureRepository::nextSequence(const QString& installationCode, int year) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT coalesce(max(sequence), 0) + 1 FROM measures WHERE installation_code = ? "
        "AND year = ?"));
    q.addBindValue(installationCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return Database::errorOf(q, QStringLiteral("measure sequence"));
    return q.value(0).toInt();
}

Result<bool> MeasureRepository::exists(const QString& table, const QString& id) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, table);
    return q.next();
}

} // namespace regie
