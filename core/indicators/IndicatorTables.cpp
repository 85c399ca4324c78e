#include "IndicatorTables.h"

namespace regie {

namespace {

QVariant dateCell(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant valueCell(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

Result<DataTable> IndicatorTables::indicators(const ReportRound& round,
                                              const QString& language) const
{
    auto rows = m_s.rounds().compare(round, m_s.engine(), m_s.catalogue());
    if (!rows)
        return rows.error();
    DataTable t{QStringLiteral("indicators"),
                {QStringLiteral("fiche"), QStringLiteral("indicator"), QStringLiteral("label"),
                 QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("previous"),
                 QStringLiteral("source"), QStringLiteral("source_date"), QStringLiteral("result"),
                 QStringLiteral("definition")},
                {}};
    for (const RoundRow& row : rows.value()) {
        const IndicatorDefinition* d = m_s.catalogue().find(row.current.key);
        t.rows << QVariantList{row.current.ficheCode,
                               row.current.key,
                               d ? d->label(language) : QString(),
                               row.current.kind,
                               valueCell(row.current.value),
                               row.previous ? valueCell(row.previous->value) : QVariant(),
                               row.current.source,
                               dateCell(row.current.sourceDate),
                               d ? d->result : QString(),
                               d ? d->definition(language) : QString()};
    }
    return t;
}

Result<DataTable> IndicatorTables::meetings(const Period& period) const
{
    auto all = m_s.records().meetings(period);
    if (!all)
        return all.error();
    DataTable t{QStringLiteral("meetings"),
                {QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("title"),
                 QStringLiteral("participants")},
                {}};
    for (const Meeting& m : all.value())
        t.rows << QVariantList{dateCell(m.date), m.type, m.title, m.participants};
    return t;
}

Result<DataTable> IndicatorTables::notes(const Period& period) const
{
    auto all = m_s.records().notes(period);
    if (!all)
        return all.error();
    DataTable t{QStringLiteral("notes"),
                {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("title"),
                 QStringLiteral("reference")},
                {}};
    for (const PolicyNote& n : all.value())
        t.rows << QVariantList{dateCell(n.date), n.kind, n.title, n.reference};
    return t;
}

Result<DataTable> IndicatorTables::branches(const Period& period) const
{
    auto all = m_s.records().branchCounts(period);
    if (!all)
        return all.error();
    DataTable t{
        QStringLiteral("branches"),
        QStringList{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("branch")} +
            IndicatorRecords::branchFields() +
            QStringList{QStringLiteral("source"), QStringLiteral("source_date")},
        {}};
    for (const BranchCount& c : all.value()) {
        QVariantList row{dateCell(c.period.from), dateCell(c.period.to), c.branch};
        for (const QString& field : IndicatorRecords::branchFields())
            row << c.counts.value(field);
        row << c.source << dateCell(c.sourceDate);
        t.rows << row;
    }
    return t;
}

Result<DataTable> IndicatorTables::figures(const Period& period) const
{
    auto all = m_s.records().figures(period);
    if (!all)
        return all.error();
    DataTable t{QStringLiteral("figures"),
                {QStringLiteral("indicator"), QStringLiteral("from"), QStringLiteral("to"),
                 QStringLiteral("value"), QStringLiteral("source"), QStringLiteral("source_date"),
                 QStringLiteral("note")},
                {}};
    for (const IndicatorFigure& f : all.value())
        t.rows << QVariantList{f.indicatorKey,
                               dateCell(f.period.from),
                               dateCell(f.period.to),
                               f.value,
                               f.source,
                               dateCell(f.sourceDate),
                               f.note};
    return t;
}

Result<QVector<DataTable>> IndicatorTables::all(const ReportRound& round,
                                                const QString& language) const
{
    QVector<DataTable> tables;
    for (const auto& make :
         {std::function<Result<DataTable>()>([&] { return indicators(round, language); }),
          std::function<Result<DataTable>()>([&] { return meetings(round.period); }),
          std::function<Result<DataTable>()>([&] { return notes(round.period); }),
          std::function<Result<DataTable>()>([&] { return branches(round.period); }),
          std::function<Result<DataTable>()>([&] { return figures(round.period); })}) {
        auto table = make();
        if (!table)
            return table.error();
        tables << table.value();
    }
    return tables;
}

} // namespace regie
