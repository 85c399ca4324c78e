#pragma once

#include "IndicatorValue.h"
#include "common/Result.h"

#include <QStringList>
#include <QVector>

namespace regie {

class Clock;
class Database;
class WritePath;

// One problem in a registration file: the row (1 = the header line) and column it is about.
struct ImportProblem
{
    int row = 0;
    QString column;
    QString message;
    QString text() const;
};

struct ImportSummary
{
    QString importId;
    int rows = 0;       // data rows read
    int aggregates = 0; // counts stored
    QStringList organisations;
};

// The yearly minimum-format registration files (docs/indicators.md): one row per organisation
// (care, action 3.1) or safety actor (action 3.2) and registration period, with counts only.
// Every row is checked; a file with any problem changes nothing and the error lists every problem
// with its row and column. Only the counts are stored, never a row that could name a client.
class RegistrationImport
{
public:
    RegistrationImport(Database& db, WritePath& writes, const Clock& clock)
        : m_db(db), m_writes(writes), m_clock(clock)
    {
    }

    // The header of a file of this kind ("care" or "safety"); empty for an unknown kind.
    static QStringList columns(const QString& kind);
    static QStringList countColumns(const QString& kind);

    // Checks the text of a file without storing anything.
    Result<QVector<ImportProblem>> check(const QString& kind, const QByteArray& content) const;
    // Checks and stores the file's counts in one action ("registration.import").
    Result<ImportSummary> import(const QString& kind, const QString& fileName,
                                 const QByteArray& content);

private:
    struct Row
    {
        int line = 0;
        QString organisation;
        Period period;
        QMap<QString, int> counts;
    };
    QVector<Row> parse(const QString& kind, const QByteArray& content,
                       QVector<ImportProblem>& problems) const;
    Result<void> checkStored(const QString& kind, const QVector<Row>& rows,
                             QVector<ImportProblem>& problems) const;

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
};

} // namespace regie
