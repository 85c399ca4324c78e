#include "RegistrationImport.h"

#include "common/Clock.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace regie {

namespace {

constexpr int kMaxListed = 50;

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString organisationColumn(const QString& kind)
{
    return kind == QLatin1String("care") ? QStringLiteral("organisation") : QStringLiteral("actor");
}

QStringList splitLine(const QString& line, QChar separator)
{
    QStringList cells = line.split(separator);
    for (QString& cell : cells) {
        cell = cell.trimmed();
        if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) &&
            cell.endsWith(QLatin1Char('"')))
            cell = cell.mid(1, cell.size() - 2).trimmed();
    }
    return cells;
}

} // namespace

QString ImportProblem::text() const
{
    if (column.isEmpty())
        return QStringLiteral("row %1: %2").arg(row).arg(message);
    return QStringLiteral("row %1, column %2: %3").arg(row).arg(column, message);
}

QStringList RegistrationImport::countColumns(const QString& kind)
{
    if (kind == QLatin1String("care"))
        return {QStringLiteral("clients"),
                QStringLiteral("contacts_medical"),
                QStringLiteral("contacts_psychosocial"),
                QStringLiteral("consultations_fixed"),
                QStringLiteral("consultations_mobile"),
                QStringLiteral("outreach_moments"),
                QStringLiteral("group_activities"),
                QStringLiteral("online_sessions"),
                QStringLiteral("tests"),
                QStringLiteral("referrals"),
                QStringLiteral("cooperation_contacts")};
    if (kind == QLatin1String("safety"))
        return {QStringLiteral("controls"),
                QStringLiteral("establishments_checked"),
                QStringLiteral("persons_checked"),
                QStringLiteral("reports_pv"),
                QStringLiteral("rir"),
                QStringLiteral("information_reports"),
                QStringLiteral("administrative_arrests"),
                QStringLiteral("judicial_arrests")};
    return {};
}

QStringList RegistrationImport::columns(const QString& kind)
{
    const QStringList counts = countColumns(kind);
    if (counts.isEmpty())
        return {};
    return QStringList{organisationColumn(kind), QStringLiteral("period_start"),
                       QStringLiteral("period_end")} +
           counts;
}

QVector<RegistrationImport::Row> RegistrationImport::parse(const QString& kind,
                                                           const QByteArray& content,
                                                           QVector<ImportProblem>& problems) const
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    if (lines.isEmpty() || lines.first().trimmed().isEmpty()) {
        problems << ImportProblem{1,
                                  {},
                                  QStringLiteral("the file is empty: expected the header %1")
                                      .arg(columns(kind).join(QLatin1Char(';')))};
        return {};
    }
    const QChar separator =
        lines.first().contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    const QStringList header = splitLine(lines.first(), separator);
    const QStringList expected = columns(kind);
    for (const QString& name : header)
        if (!expected.contains(name))
            problems << ImportProblem{1, name,
                                      QStringLiteral("unknown column (a registration file holds "
                                                     "only counts; expected %1)")
                                          .arg(expected.join(QLatin1Char(';')))};
    for (const QString& name : expected) {
        if (!header.contains(name))
            problems << ImportProblem{1, name, QStringLiteral("column missing")};
        else if (header.count(name) > 1)
            problems << ImportProblem{1, name, QStringLiteral("column appears twice")};
    }
    if (!problems.isEmpty())
        return {};

    const QString orgColumn = organisationColumn(kind);
    const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    QVector<Row> rows;
    for (int i = 1; i < lines.size(); ++i) {
        const int line = i + 1;
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList cells = splitLine(lines.at(i), separator);
        if (cells.size() != header.size()) {
            problems << ImportProblem{
                line,
                {},
                QStringLiteral("%1 cells, the header has %2").arg(cells.size()).arg(header.size())};
            continue;
        }
        Row row;
        row.line = line;
        const auto cell = [&](const QString& name) { return cells.at(header.indexOf(name)); };
        row.organisation = cell(orgColumn);
        if (!code.match(row.organisation).hasMatch())
            problems << ImportProblem{line, orgColumn,
                                      QStringLiteral("'%1' is not an organisation code (lower-case "
                                                     "letters, digits and '-', e.g. ghapro)")
                                          .arg(row.organisation)};
        for (const QString& name : {QStringLiteral("period_start"), QStringLiteral("period_end")}) {
            const QDate date = QDate::fromString(cell(name), Qt::ISODate);
            if (!date.isValid() || cell(name).size() != 10)
                problems << ImportProblem{
                    line, name, QStringLiteral("'%1' is not a date YYYY-MM-DD").arg(cell(name))};
            (name == QLatin1String("period_start") ? row.period.from : row.period.to) = date;
        }
        if (row.period.from.isValid() && row.period.to.isValid()) {
            if (row.period.from > row.period.to)
                problems << ImportProblem{line, QStringLiteral("period_end"),
                                          QStringLiteral("the period ends before it starts")};
            else if (row.period.to > m_clock.today())
                problems << ImportProblem{
                    line, QStringLiteral("period_end"),
                    QStringLiteral("%1 lies in the future").arg(iso(row.period.to))};
        }
        for (const QString& name : countColumns(kind)) {
            bool numeric = false;
            const int value = cell(name).toInt(&numeric);
            if (!numeric)
                problems << ImportProblem{
                    line, name, QStringLiteral("'%1' is not a whole number").arg(cell(name))};
            else if (value < 0)
                problems << ImportProblem{line, name, QStringLiteral("%1 is negative").arg(value)};
            else
                row.counts.insert(name, value);
        }
        for (const Row& earlier : rows)
            if (earlier.organisation == row.organisation && row.period.isValid() &&
                earlier.period.isValid() && earlier.period.from <= row.period.to &&
                row.period.from <= earlier.period.to)
                problems << ImportProblem{
                    line, QStringLiteral("period_start"),
                    QStringLiteral("%1 %2 to %3 overlaps row %4")
                        .arg(row.organisation, iso(row.period.from), iso(row.period.to))
                        .arg(earlier.line)};
        rows << row;
    }
    if (rows.isEmpty() && problems.isEmpty())
        problems << ImportProblem{2, {}, QStringLiteral("the file has a header but no rows")};
    return rows;
}

Result<void> RegistrationImport::checkStored(const QString& kind, const QVector<Row>& rows,
                                             QVector<ImportProblem>& problems) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT i.file_name, a.period_start, a.period_end FROM registration_aggregates a JOIN "
        "registration_imports i ON i.id = a.import_id WHERE a.deleted = 0 AND i.deleted = 0 AND "
        "a.kind = ? AND a.organisation = ? AND a.period_start <= ? AND a.period_end >= ? "
        "LIMIT 1"));
    for (const Row& row : rows) {
        q.addBindValue(kind);
        q.addBindValue(row.organisation);
        q.addBindValue(iso(row.period.to));
        q.addBindValue(iso(row.period.from));
        if (!q.exec())
            return Database::errorOf(q, QStringLiteral("registration_aggregates"));
        if (q.next())
            problems << ImportProblem{row.line, QStringLiteral("period_start"),
                                      QStringLiteral("%1 %2 to %3 was already imported from %4 "
                                                     "(%5 to %6)")
                                          .arg(row.organisation, iso(row.period.from),
                                               iso(row.period.to), q.value(0).toString(),
                                               q.value(1).toString(), q.value(2).toString())};
        q.finish();
    }
    return {};
}

Result<QVector<ImportProblem>> RegistrationImport::check(const QString& kind,
                                                         const QByteArray& content) const
{
    if (columns(kind).isEmpty())
        return makeError(ErrorCode::Usage,
                         QStringLiteral("kind '%1': expected care or safety").arg(kind),
                         QStringLiteral("kind"));
    QVector<ImportProblem> problems;
    const QVector<Row> rows = parse(kind, content, problems);
    if (problems.isEmpty())
        if (auto stored = checkStored(kind, rows, problems); !stored)
            return stored.error();
    return problems;
}

Result<ImportSummary> RegistrationImport::import(const QString& kind, const QString& fileName,
                                                 const QByteArray& content)
{
    auto checked = check(kind, content);
    if (!checked)
        return checked.error();
    const QVector<ImportProblem>& problems = checked.value();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ImportProblem& p : problems.mid(0, kMaxListed))
            lines << p.text();
        if (problems.size() > kMaxListed)
            lines << QStringLiteral("... and %1 more").arg(problems.size() - kMaxListed);
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1: %2 problem(s), nothing imported\n%3")
                             .arg(fileName)
                             .arg(problems.size())
                             .arg(lines.join(QLatin1Char('\n'))),
                         problems.first().column.isEmpty()
                             ? QStringLiteral("row %1").arg(problems.first().row)
                             : QStringLiteral("row %1, column %2")
                                   .arg(problems.first().row)
                                   .arg(problems.first().column));
    }
    QVector<ImportProblem> ignored;
    const QVector<Row> rows = parse(kind, content, ignored);
    ChangeSet cs(QStringLiteral("registration.import"));
    ImportSummary summary;
    summary.rows = int(rows.size());
    summary.importId =
        cs.create(QStringLiteral("registration_imports"),
                  {{QStringLiteral("kind"), kind},
                   {QStringLiteral("file_name"), fileName},
                   {QStringLiteral("sha256"),
                    QString::fromLatin1(
                        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
                   {QStringLiteral("rows"), summary.rows},
                   {QStringLiteral("imported_at"), m_clock.now().toUTC().toString(Qt::ISODate)}});
    for (const Row& row : rows) {
        if (!summary.organisations.contains(row.organisation))
            summary.organisations << row.organisation;
        for (auto it = row.counts.cbegin(); it != row.counts.cend(); ++it) {
            cs.create(QStringLiteral("registration_aggregates"),
                      {{QStringLiteral("import_id"), summary.importId},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("organisation"), row.organisation},
                       {QStringLiteral("period_start"), iso(row.period.from)},
                       {QStringLiteral("period_end"), iso(row.period.to)},
                       {QStringLiteral("measure"), it.key()},
                       {QStringLiteral("value"), it.value()}});
            ++summary.aggregates;
        }
    }
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return summary;
}

} // namespace regie
