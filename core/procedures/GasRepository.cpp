#include "GasRepository.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace regie {

namespace {

const QString kColumns = QStringLiteral(
    "d.id, d.number, d.installation_code, d.year, d.sequence, d.facts_date, d.place, "
    "d.report_number, d.report_kind, d.offence_id, o.code, d.person_id, "
    "trim(p.family_name || ', ' || p.given_names || p.legal_name, ', '), d.offender_role, "
    "d.birth_date, d.minor, d.intended_fine, d.state, d.rule_set, d.received_date, "
    "d.received_late, coalesce(d.repeat_of, ''), d.report_warning, d.payment_reference, "
    "d.created, d.notes, d.decision_date, d.decided_fine, d.paid_amount, d.hearing_date, "
    "d.limitation_date, d.payment_due, d.next_deadline, d.next_deadline_name, "
    "d.next_deadline_party, o.description "
    "FROM gas_dossiers d JOIN offences o ON o.id = d.offence_id "
    "JOIN persons p ON p.id = d.person_id");

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<double> amountOf(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

GasDossier dossierFrom(const QSqlQuery& q)
{
    GasDossier d;
    d.id = q.value(0).toString();
    d.number = q.value(1).toString();
    d.installationCode = q.value(2).toString();
    d.year = q.value(3).toInt();
    d.sequence = q.value(4).toInt();
    d.factsDate = dateOf(q.value(5));
    d.place = q.value(6).toString();
    d.reportNumber = q.value(7).toString();
    d.reportKind = q.value(8).toString();
    d.offenceId = q.value(9).toString();
    d.offenceCode = q.value(10).toString();
    d.personId = q.value(11).toString();
    d.personName = q.value(12).toString();
    d.offenderRole = q.value(13).toString();
    d.birthDate = dateOf(q.value(14));
    d.minor = q.value(15).toInt() != 0;
    d.intendedFine = amountOf(q.value(16));
    d.state = q.value(17).toString();
    d.ruleSet = q.value(18).toString();
    d.receivedDate = dateOf(q.value(19));
    d.receivedLate = q.value(20).toInt() != 0;
    d.repeatOf = q.value(21).toString();
    d.reportWarning = q.value(22).toString();
    d.paymentReference = q.value(23).toString();
    d.created = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    d.notes = q.value(25).toString();
    d.decisionDate = dateOf(q.value(26));
    d.decidedFine = amountOf(q.value(27));
    d.paidAmount = q.value(28).toDouble();
    d.hearingDate = dateOf(q.value(29));
    d.limitationDate = dateOf(q.value(30));
    d.paymentDue = dateOf(q.value(31));
    d.nextDeadline = dateOf(q.value(32));
    d.nextDeadlineName = q.value(33).toString();
    d.nextDeadlineParty = q.value(34).toString();
    d.offenceTitle = q.value(35).toString();
    return d;
}

} // namespace

QString GasRepository::matchExpression(const QString& search)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s"*:^()+-]+)"));
    QStringList terms;
    for (const QString& word : search.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString GasRepository::whereClause(const Filter& filter, QVariantList* binds) const
{
    QStringList where{QStringLiteral("d.deleted = 0")};
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (const QString& state : filter.states) {
            marks << QStringLiteral("?");
            *binds << state;
        }
        where << QStringLiteral("d.state IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!filter.personId.isEmpty()) {
        where << QStringLiteral("d.person_id = ?");
        *binds << filter.personId;
    }
    if (!filter.offenceCode.isEmpty()) {
        where << QStringLiteral("d.offence_id IN (SELECT id FROM offences WHERE code = ?)");
        *binds << filter.offenceCode.toUpper();
    }
    if (filter.factsFrom.isValid()) {
        where << QStringLiteral("d.facts_date >= ?");
        *binds << filter.factsFrom.toString(Qt::ISODate);
    }
    if (filter.factsTo.isValid()) {
        where << QStringLiteral("d.facts_date <= ?");
        *binds << filter.factsTo.toString(Qt::ISODate);
    }
    const QString match = matchExpression(filter.search);
    if (!match.isEmpty()) {
        where << QStringLiteral("d.rowid IN (SELECT rowid FROM gas_search WHERE gas_search "
                                "MATCH ?)");
        *binds << match;
    }
    return where.join(QStringLiteral(" AND "));
}

QString GasRepository::orderClause(Order order)
{
    switch (order) {
    case Order::FactsOldest:
        return QStringLiteral(" ORDER BY d.facts_date, d.number");
    // The order of the gas_dossiers_sequence index: numbers sort by sequence, not as text
    // (0999 < 1000 < 10000).
    case Order::NumberAscending:
        return QStringLiteral(" ORDER BY d.installation_code, d.year, d.sequence");
    case Order::NumberDescending:
        return QStringLiteral(" ORDER BY d.installation_code DESC, d.year DESC, d.sequence DESC");
    case Order::FactsNewest:
        break;
    }
    return QStringLiteral(" ORDER BY d.facts_date DESC, d.number DESC");
}

Result<QVector<GasDossier>> GasRepository::find(const Filter& filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") +
                        whereClause(filter, &binds) +
                        orderClause(filter.order) + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery& q = m_db.prepared(sql);
    for (const QVariant& value : binds)
        q.addBindValue(value);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("gas dossiers"));
    QVector<GasDossier> result;
    while (q.next())
        result.push_back(dossierFrom(q));
    return result;
}

Result<int> GasRepository::count(const Filter& filter) const
{
    QVariantList binds;
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM gas_dossiers d WHERE ") +
                                 whereClause(filter, &binds));
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return Database::errorOf(q, QStringLiteral("gas dossiers"));
    return q.value(0).toInt();
}

Result<GasDossier> GasRepository::get(const QString& idOrNumber) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" WHERE (d.id = ? OR d.number = ?) AND "
                                                "d.deleted = 0"));
    q.addBindValue(idOrNumber);
    q.addBindValue(idOrNumber.trimmed().toUpper());
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("gas dossier"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no GAS dossier %1").arg(idOrNumber),
                         QStringLiteral("dossier"));
    return dossierFrom(q);
}

Result<QVector<GasEvent>> GasRepository::events(const QString& dossierId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, dossier_id, type, date, amount, court, outcome, details, recorded "
        "FROM gas_events WHERE dossier_id = ? AND deleted = 0 ORDER BY date, recorded, id"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("gas events"));
    QVector<GasEvent> result;
    while (q.next()) {
        result.push_back(GasEvent{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), dateOf(q.value(3)), amountOf(q.value(4)),
                                  q.value(5).toString(), q.value(6).toString(),
                                  q.value(7).toString(),
                                  QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

Result<QVector<GasPayment>> GasRepository::payments(const QString& dossierId) const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, dossier_id, date, amount, reference, late FROM payments "
                       "WHERE dossier_id = ? AND deleted = 0 ORDER BY date, id"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("payments"));
    QVector<GasPayment> result;
    while (q.next()) {
        result.push_back(GasPayment{q.value(0).toString(), q.value(1).toString(),
                                    dateOf(q.value(2)), q.value(3).toDouble(),
                                    q.value(4).toString(), q.value(5).toInt() != 0});
    }
    return result;
}

Result<int> GasRepository::nextSequence(const QString& installationCode, int year) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT coalesce(max(sequence), 0) + 1 FROM gas_dossiers WHERE installation_code = ? "
        "AND year = ?"));
    q.addBindValue(installationCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return Database::errorOf(q, QStringLiteral("gas sequence"));
    return q.value(0).toInt();
}

Result<QString> GasRepository::priorSanction(const QString& personId, const QString& offenceId,
                                             const QDate& since, const QDate& before) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM gas_dossiers WHERE person_id = ? AND offence_id = ? AND deleted = 0 "
        "AND decided_fine > 0 AND decision_date >= ? AND decision_date < ? "
        "AND state NOT IN ('closed-without-fine', 'lapsed') ORDER BY decision_date DESC LIMIT 1"));
    q.addBindValue(personId);
    q.addBindValue(offenceId);
    q.addBindValue(since.toString(Qt::ISODate));
    q.addBindValue(before.toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("prior sanction"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace regie
