#include "ReportRounds.h"

#include "IndicatorEngine.h"
#include "common/Clock.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QSqlQuery>

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

const QString kColumns =
    QStringLiteral("id, name, kind, period_start, period_end, frozen_at, frozen_by");

Error frozenError(const ReportRound& round)
{
    return ruleError(ErrorCode::RuleViolation, QStringLiteral("round-frozen"),
                     QStringLiteral("round %1 was frozen on %2 by %3 and never changes")
                         .arg(round.name, round.frozenAt.toString(Qt::ISODate), round.frozenBy),
                     QStringLiteral("round"));
}

} // namespace

QString ReportRounds::kindOf(const Period& p)
{
    if (!p.isValid())
        return QStringLiteral("other");
    const int y = p.from.year();
    if (p.from == QDate(y, 1, 1) && p.to == QDate(y, 12, 31))
        return QStringLiteral("year");
    if ((p.from == QDate(y, 1, 1) && p.to == QDate(y, 6, 30)) ||
        (p.from == QDate(y, 7, 1) && p.to == QDate(y, 12, 31)))
        return QStringLiteral("half-year");
    return QStringLiteral("other");
}

ReportRound ReportRounds::fromQuery(const QSqlQuery& q)
{
    ReportRound r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.period = {QDate::fromString(q.value(3).toString(), Qt::ISODate),
                QDate::fromString(q.value(4).toString(), Qt::ISODate)};
    if (!q.value(5).isNull() && !q.value(5).toString().isEmpty())
        r.frozenAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    r.frozenBy = q.value(6).toString();
    return r;
}

Result<ReportRound> ReportRounds::find(const QString& name) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM report_rounds WHERE deleted = 0 AND name = ?")
                          .arg(kColumns));
    q.addBindValue(name);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("report_rounds"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, QStringLiteral("no round named '%1'").arg(name),
                         QStringLiteral("round"));
    }
    ReportRound r = fromQuery(q);
    q.finish();
    return r;
}

Result<QVector<ReportRound>> ReportRounds::list() const
{
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM report_rounds WHERE deleted = 0 ORDER BY period_start, "
                       "period_end, name")
            .arg(kColumns));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("report_rounds"));
    QVector<ReportRound> result;
    while (q.next())
        result << fromQuery(q);
    return result;
}

Result<ReportRound> ReportRounds::create(const QString& name, const Period& period)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return makeError(ErrorCode::Validation, QStringLiteral("the round needs a name"),
                         QStringLiteral("name"));
    if (!period.isValid())
        return makeError(ErrorCode::Validation,
                         QStringLiteral("period %1 to %2: the start must be on or before the end")
                             .arg(iso(period.from), iso(period.to)),
                         QStringLiteral("period"));
    if (find(clean).ok())
        return makeError(ErrorCode::Validation,
                         QStringLiteral("a round named '%1' exists already").arg(clean),
                         QStringLiteral("name"));
    ChangeSet cs(QStringLiteral("round.new"));
    ReportRound r;
    r.name = clean;
    r.kind = kindOf(period);
    r.period = period;
    r.id = cs.create(QStringLiteral("report_rounds"),
                     {{QStringLiteral("name"), r.name},
                      {QStringLiteral("kind"), r.kind},
                      {QStringLiteral("period_start"), iso(period.from)},
                      {QStringLiteral("period_end"), iso(period.to)}});
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return r;
}

Result<ReportRound> ReportRounds::setPeriod(const QString& name, const Period& period)
{
    auto round = find(name);
    if (!round)
        return round.error();
    if (round->frozen())
        return frozenError(round.value());
    if (!period.isValid())
        return makeError(ErrorCode::Validation, QStringLiteral("the period is not valid"),
                         QStringLiteral("period"));
    ChangeSet cs(QStringLiteral("round.period"));
    cs.set(QStringLiteral("report_rounds"), round->id,
           {{QStringLiteral("period_start"), iso(period.from)},
            {QStringLiteral("period_end"), iso(period.to)},
            {QStringLiteral("kind"), kindOf(period)}});
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return find(name);
}

Result<ReportRound> ReportRounds::freeze(const QString& name, IndicatorEngine& engine,
                                         const IndicatorCatalogue& catalogue)
{
    auto round = find(name);
    if (!round)
        return round.error();
    if (round->frozen())
        return frozenError(round.value());
    auto values = engine.values(catalogue, round->period);
    if (!values)
        return values.error();
    ChangeSet cs(QStringLiteral("round.freeze"));
    const QDateTime now = m_clock.now().toUTC();
    cs.set(QStringLiteral("report_rounds"), round->id,
           {{QStringLiteral("frozen_at"), now.toString(Qt::ISODate)},
            {QStringLiteral("frozen_by"), m_writes.actor().userName}});
    for (const IndicatorValue& v : values.value()) {
        QVariantMap fields{{QStringLiteral("round_id"), round->id},
                           {QStringLiteral("indicator_key"), v.key},
                           {QStringLiteral("fiche_code"), v.ficheCode},
                           {QStringLiteral("kind"), v.kind},
                           {QStringLiteral("source"), v.source}};
        if (v.value)
            fields.insert(QStringLiteral("value"), *v.value);
        if (v.sourceDate.isValid())
            fields.insert(QStringLiteral("source_date"), iso(v.sourceDate));
        cs.create(QStringLiteral("round_values"), fields);
    }
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return find(name);
}

Result<QVector<IndicatorValue>> ReportRounds::stored(const QString& roundId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT indicator_key, fiche_code, kind, value, source, source_date FROM round_values "
        "WHERE deleted = 0 AND round_id = ?"));
    q.addBindValue(roundId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("round_values"));
    QVector<IndicatorValue> result;
    while (q.next()) {
        IndicatorValue v{
            q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), std::nullopt,
            q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate)};
        if (!q.value(3).isNull() && q.value(3).toString() != QString())
            v.value = q.value(3).toDouble();
        result << v;
    }
    return result;
}

Result<QVector<IndicatorValue>> ReportRounds::values(const ReportRound& round,
                                                     IndicatorEngine& engine,
                                                     const IndicatorCatalogue& catalogue) const
{
    if (!round.frozen())
        return engine.values(catalogue, round.period);
    auto rows = stored(round.id);
    if (!rows)
        return rows.error();
    // In catalogue order; values of indicators that a later catalogue dropped come last.
    QVector<IndicatorValue> ordered;
    QVector<IndicatorValue> rest = rows.value();
    for (const IndicatorDefinition& d : catalogue.all())
        for (qsizetype i = 0; i < rest.size(); ++i)
            if (rest.at(i).key == d.key) {
                ordered << rest.takeAt(i);
                break;
            }
    return ordered + rest;
}

Result<std::optional<ReportRound>> ReportRounds::previous(const ReportRound& round) const
{
    auto all = list();
    if (!all)
        return all.error();
    std::optional<ReportRound> best;
    for (const ReportRound& r : all.value()) {
        if (!r.frozen() || r.id == round.id || r.period.to >= round.period.from)
            continue;
        const bool sameKind = r.kind == round.kind;
        const bool bestSameKind = best && best->kind == round.kind;
        if (!best || (sameKind && !bestSameKind) ||
            (sameKind == bestSameKind && r.period.to > best->period.to))
            best = r;
    }
    return best;
}

Result<QVector<RoundRow>> ReportRounds::compare(const ReportRound& round, IndicatorEngine& engine,
                                                const IndicatorCatalogue& catalogue) const
{
    auto current = values(round, engine, catalogue);
    if (!current)
        return current.error();
    auto before = previous(round);
    if (!before)
        return before.error();
    QVector<IndicatorValue> earlier;
    if (before.value()) {
        auto got = stored(before.value()->id);
        if (!got)
            return got.error();
        earlier = got.value();
    }
    QVector<RoundRow> rows;
    for (const IndicatorValue& v : current.value()) {
        RoundRow row{v, std::nullopt};
        for (const IndicatorValue& e : earlier)
            if (e.key == v.key)
                row.previous = e;
        rows << row;
    }
    return rows;
}

} // namespace regie
