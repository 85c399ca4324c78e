#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace regie {

// The numbered schema migrations embedded under :/regie/migrations (NNNN_name.sql).
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

namespace Migrations {
QVector<Migration> all();
int latest();
// Splits a migration script into statements: each ends with ';' at the end of a line;
// lines starting with "--" are comments.
QStringList splitStatements(const QString& script);
} // namespace Migrations

} // namespace regie
