#include "IndicatorEngine.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// "?, ?, ?" for a list of n values.
QString marks(qsizetype n)
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

QVariantList listParam(const QVariantMap& params, const QString& name)
{
    const QVariant v = params.value(name);
    if (v.typeId() == QMetaType::QVariantList)
        return v.toList();
    return {v};
}

const QStringList kBranchFields{QStringLiteral("establishments"),
                                QStringLiteral("controls"),
                                QStringLiteral("establishments_checked"),
                                QStringLiteral("persons_checked"),
                                QStringLiteral("reports_pv"),
                                QStringLiteral("rir"),
                                QStringLiteral("information_reports"),
                                QStringLiteral("administrative_arrests"),
                                QStringLiteral("judicial_arrests")};

} // namespace

QStringList IndicatorEngine::queries()
{
    return {QStringLiteral("gas-fines"),
            QStringLiteral("certificate-events"),
            QStringLiteral("certificate-decisions"),
            QStringLiteral("measures"),
            QStringLiteral("meetings"),
            QStringLiteral("inspections"),
            QStringLiteral("notes"),
            QStringLiteral("branch"),
            QStringLiteral("branch-establishments"),
            QStringLiteral("registration"),
            QStringLiteral("registration-organisations")};
}

Result<std::optional<double>> IndicatorEngine::number(const QString& sql, const QVariantList& binds)
{
    QSqlQuery& q = m_db.prepared(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("indicator"));
    std::optional<double> result;
    if (q.next() && !q.value(0).isNull())
        result = q.value(0).toDouble();
    q.finish();
    return result;
}

Result<IndicatorValue> IndicatorEngine::value(const IndicatorDefinition& d, const Period& p)
{
    if (!p.isValid())
        return makeError(ErrorCode::Validation,
                         QStringLiteral("period %1 to %2: the start must be on or before the end")
                             .arg(iso(p.from), iso(p.to)),
                         QStringLiteral("period"));
    IndicatorValue out{d.key, d.ficheCode, d.kind, std::nullopt, {}, {}};
    Result<void> done = d.kind == IndicatorKind::Entered    ? entered(d, p, out)
                        : d.kind == IndicatorKind::Imported ? imported(d, p, out)
                                                            : computed(d, p, out);
    if (!done.ok())
        return done.error();
    return out;
}

Result<QVector<IndicatorValue>> IndicatorEngine::values(const IndicatorCatalogue& catalogue,
                                                        const Period& period)
{
    QVector<IndicatorValue> result;
    result.reserve(catalogue.all().size());
    for (const IndicatorDefinition& d : catalogue.all()) {
        auto v = value(d, period);
        if (!v.ok())
            return v.error();
        result << v.value();
    }
    return result;
}

Result<void> IndicatorEngine::computed(const IndicatorDefinition& d, const Period& p,
                                       IndicatorValue& out)
{
    const QString from = iso(p.from), to = iso(p.to);
    const QVariantMap& params = d.params;
    QString sql;
    QVariantList binds;
    bool emptyMeansUnknown = false;
    if (d.query == QLatin1String("gas-fines")) {
        sql = QStringLiteral("SELECT count(*) FROM gas_dossiers WHERE deleted = 0 AND "
                             "offender_role = ? AND decided_fine > 0 AND decision_date >= ? AND "
                             "decision_date <= ?");
        binds = {params.value(QStringLiteral("role")).toString(), from, to};
    } else if (d.query == QLatin1String("certificate-events")) {
        const QVariantList kinds = listParam(params, QStringLiteral("kinds"));
        sql = QStringLiteral("SELECT count(*) FROM certificate_events WHERE deleted = 0 AND kind "
                             "IN (%1) AND event_date >= ? AND event_date <= ?")
                  .arg(marks(kinds.size()));
        binds = kinds + QVariantList{from, to};
    } else if (d.query == QLatin1String("certificate-decisions")) {
        const QVariantList outcomes = listParam(params, QStringLiteral("outcomes"));
        sql = QStringLiteral("SELECT count(*) FROM certificate_events WHERE deleted = 0 AND kind = "
                             "'decision' AND outcome IN (%1) AND event_date >= ? AND "
                             "event_date <= ?")
                  .arg(marks(outcomes.size()));
        binds = outcomes + QVariantList{from, to};
    } else if (d.query == QLatin1String("measures")) {
        const QString kind = params.value(QStringLiteral("kind")).toString();
        sql = QStringLiteral(
            "SELECT count(*) FROM measures WHERE deleted = 0 AND (coalesce(?, '') = '' OR kind "
            "= ?) AND decision_date >= ? AND decision_date <= ?");
        binds = {kind, kind, from, to};
    } else if (d.query == QLatin1String("meetings")) {
        sql = QStringLiteral("SELECT count(*) FROM meetings WHERE deleted = 0 AND type = ? AND "
                             "meeting_date >= ? AND meeting_date <= ?");
        binds = {params.value(QStringLiteral("type")).toString(), from, to};
    } else if (d.query == QLatin1String("inspections")) {
        sql = QStringLiteral("SELECT count(DISTINCT premises_id) FROM inspections WHERE deleted = "
                             "0 AND kind = ? AND inspection_date >= ? AND inspection_date <= ?");
        binds = {params.value(QStringLiteral("kind")).toString(), from, to};
    } else if (d.query == QLatin1String("notes")) {
        const QVariantList kinds = listParam(params, QStringLiteral("kinds"));
        sql = QStringLiteral("SELECT count(*) FROM policy_notes WHERE deleted = 0 AND kind IN (%1) "
                             "AND note_date >= ? AND note_date <= ?")
                  .arg(marks(kinds.size()));
        binds = kinds + QVariantList{from, to};
    } else if (d.query == QLatin1String("branch")) {
        const QString field = params.value(QStringLiteral("field")).toString();
        if (!kBranchFields.contains(field))
            return makeError(
                ErrorCode::Format,
                QStringLiteral("indicator %1: unknown branch field %2").arg(d.key, field));
        sql = QStringLiteral("SELECT sum(%1) FROM branch_counts WHERE deleted = 0 AND "
                             "period_start >= ? AND period_end <= ?")
                  .arg(field);
        binds = {from, to};
        emptyMeansUnknown = true;
    } else if (d.query == QLatin1String("branch-establishments")) {
        sql = QStringLiteral(
            "SELECT sum(establishments) FROM branch_counts WHERE deleted = 0 AND period_start >= ? "
            "AND period_end = (SELECT max(period_end) FROM branch_counts WHERE deleted = 0 AND "
            "period_start >= ? AND period_end <= ?)");
        binds = {from, from, to};
        emptyMeansUnknown = true;
    } else {
        return makeError(ErrorCode::Format,
                         QStringLiteral("indicator %1: unknown query '%2'").arg(d.key, d.query));
    }
    auto n = number(sql, binds);
    if (!n.ok())
        return n.error();
    out.value = n.value();
    if (!out.value && !emptyMeansUnknown)
        out.value = 0.0;
    if (out.value) {
        out.source = QStringLiteral("Regie");
        out.sourceDate = m_clock.today();
    }
    return {};
}

Result<void> IndicatorEngine::entered(const IndicatorDefinition& d, const Period& p,
                                      IndicatorValue& out)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT value, source, source_date FROM indicator_figures WHERE deleted = 0 AND "
        "indicator_key = ? AND period_start >= ? AND period_end <= ? ORDER BY period_end, "
        "source_date"));
    q.addBindValue(d.key);
    q.addBindValue(iso(p.from));
    q.addBindValue(iso(p.to));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("indicator_figures"));
    QStringList sources;
    while (q.next()) {
        const double v = q.value(0).toDouble();
        if (d.aggregation == QLatin1String("latest") || !out.value)
            out.value = v;
        else
            *out.value += v;
        const QString source = q.value(1).toString();
        if (!sources.contains(source))
            sources << source;
        const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (!out.sourceDate.isValid() || date > out.sourceDate)
            out.sourceDate = date;
    }
    q.finish();
    if (d.aggregation == QLatin1String("latest") && !sources.isEmpty())
        sources = QStringList{sources.last()};
    out.source = sources.join(QStringLiteral("; "));
    return {};
}

Result<void> IndicatorEngine::imported(const IndicatorDefinition& d, const Period& p,
                                       IndicatorValue& out)
{
    const QString kind = d.params.value(QStringLiteral("kind")).toString();
    const QString measure = d.params.value(QStringLiteral("measure")).toString();
    const QString organisation = d.params.value(QStringLiteral("organisation")).toString();
    const bool organisations = d.query == QLatin1String("registration-organisations");
    if (!organisations && d.query != QLatin1String("registration"))
        return makeError(ErrorCode::Format,
                         QStringLiteral("indicator %1: unknown query '%2'").arg(d.key, d.query));
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT a.organisation, a.measure, a.value, i.file_name, i.imported_at FROM "
        "registration_aggregates a JOIN registration_imports i ON i.id = a.import_id WHERE "
        "a.deleted = 0 AND i.deleted = 0 AND a.kind = ? AND (coalesce(?, '') = '' OR "
        "a.measure = ?) AND (coalesce(?, '') = '' OR a.organisation = ?) AND a.period_start >= ? "
        "AND a.period_end <= ? ORDER BY "
        "i.imported_at"));
    for (const QVariant& b :
         QVariantList{kind, measure, measure, organisation, organisation, iso(p.from), iso(p.to)})
        q.addBindValue(b);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("registration_aggregates"));
    QStringList orgs, files;
    double sum = 0;
    bool any = false;
    while (q.next()) {
        any = true;
        if (!orgs.contains(q.value(0).toString()))
            orgs << q.value(0).toString();
        sum += q.value(2).toDouble();
        if (!files.contains(q.value(3).toString()))
            files << q.value(3).toString();
        const QDate date = QDateTime::fromString(q.value(4).toString(), Qt::ISODate).date();
        if (!out.sourceDate.isValid() || date > out.sourceDate)
            out.sourceDate = date;
    }
    q.finish();
    if (organisations)
        out.value = double(orgs.size());
    else if (any)
        out.value = sum;
    out.source = files.join(QStringLiteral("; "));
    return {};
}

} // namespace regie
