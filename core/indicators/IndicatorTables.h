#pragma once

#include "IndicatorServices.h"

#include <QVariantList>

namespace regie {

// A table to export: a machine name (sheet name, file suffix), column keys and rows of values.
// Column keys are stable (CSV headers); the views may show translated headers instead.
struct DataTable
{
    QString name;
    QStringList columns;
    QVector<QVariantList> rows;
};

// Every indicator table of a round: the indicators with the previous round, and the records
// the computed indicators count in the round's period (meetings, notes, branch inventory,
// partners' figures).
class IndicatorTables
{
public:
    explicit IndicatorTables(IndicatorServices& services) : m_s(services) {}

    Result<DataTable> indicators(const ReportRound& round, const QString& language) const;
    Result<QVector<DataTable>> all(const ReportRound& round, const QString& language) const;

private:
    Result<DataTable> meetings(const Period& period) const;
    Result<DataTable> notes(const Period& period) const;
    Result<DataTable> branches(const Period& period) const;
    Result<DataTable> figures(const Period& period) const;

    IndicatorServices& m_s;
};


} // namespace regie
