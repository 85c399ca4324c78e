#include "Migrations.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace regie::Migrations {

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QVector<Migration> all()
{
    QVector<Migration> result;
    const QDir dir(QStringLiteral(":/regie/migrations"));
    for (const QString& fileName : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = fileName.section(QLatin1Char('_'), 0, 0).toInt();
        migration.name = fileName;
        migration.statements = splitStatements(QString::fromUtf8(file.readAll()));
        result << migration;
    }
    std::sort(result.begin(), result.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return result;
}

int latest()
{
    const auto migrations = all();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

} // namespace regie::Migrations
