#pragma once

#include "indicators/IndicatorTables.h"

namespace regie {

// Writes tables as CSV (UTF-8 with BOM, ';' separated as Belgian spreadsheets expect; one table
// per file) and XLSX (libxlsxwriter; one sheet per table). File formats are presentation, so
// they live here and not in core, which links Qt Core, Qt Sql and libsodium only. Headers may be replaced by labels.
namespace TableExport {
Result<void> writeCsv(const DataTable& table, const QString& path, const QStringList& headers = {});
Result<void> writeXlsx(const QVector<DataTable>& tables, const QString& path,
                       const QVector<QStringList>& headers = {},
                       const QStringList& sheetNames = {});
} // namespace TableExport

} // namespace regie
