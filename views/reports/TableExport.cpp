#include "TableExport.h"

#include <QFile>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace regie::TableExport {

namespace {

QString csvCell(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    QString text = value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 15)
                                                       : value.toString();
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

Error ioError(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, why),
                     QStringLiteral("out"));
}

} // namespace

Result<void> writeCsv(const DataTable& table, const QString& path, const QStringList& headers)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    QStringList lines;
    const QStringList head = headers.size() == table.columns.size() ? headers : table.columns;
    QStringList cells;
    for (const QString& h : head)
        cells << csvCell(h);
    lines << cells.join(QLatin1Char(';'));
    for (const QVariantList& row : table.rows) {
        cells.clear();
        for (const QVariant& v : row)
            cells << csvCell(v);
        lines << cells.join(QLatin1Char(';'));
    }
    file.write("\xEF\xBB\xBF");
    file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    if (!file.commit())
        return ioError(path, file.errorString());
    return {};
}

Result<void> writeXlsx(const QVector<DataTable>& tables, const QString& path,
                       const QVector<QStringList>& headers, const QStringList& sheetNames)
{
    const QByteArray target = QFile::encodeName(path + QStringLiteral(".part"));
    lxw_workbook* book = workbook_new(target.constData());
    if (!book)
        return ioError(path, QStringLiteral("the file cannot be created"));
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const DataTable& table = tables.at(t);
        const QByteArray name =
            (t < sheetNames.size() ? sheetNames.at(t) : table.name).left(31).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(book, name.constData());
        const QStringList head = t < headers.size() && headers.at(t).size() == table.columns.size()
                                     ? headers.at(t)
                                     : table.columns;
        for (qsizetype c = 0; c < head.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), head.at(c).toUtf8().constData(), bold);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < 4 ? 14 : 22, nullptr);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QVariantList& row = table.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant& v = row.at(c);
                const auto rr = lxw_row_t(r + 1);
                const auto cc = lxw_col_t(c);
                if (!v.isValid() || v.isNull())
                    continue;
                if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int ||
                    v.typeId() == QMetaType::LongLong)
                    worksheet_write_number(sheet, rr, cc, v.toDouble(), nullptr);
                else
                    worksheet_write_string(sheet, rr, cc, v.toString().toUtf8().constData(),
                                           nullptr);
            }
        }
        worksheet_freeze_panes(sheet, 1, 0);
    }
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(QFile::decodeName(target));
        return ioError(path, QString::fromUtf8(lxw_strerror(error)));
    }
    QFile::remove(path);
    if (!QFile::rename(QFile::decodeName(target), path))
        return ioError(path, QStringLiteral("rename failed"));
    return {};
}

} // namespace regie::TableExport
