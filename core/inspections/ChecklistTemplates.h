#pragma once

#include "ChecklistTemplate.h"
#include "storage/WritePath.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace regie {

class Database;

// The checklist templates: those shipped with the program (certificate-rules.json) and those
// imported into the database (table checklist_templates). A template version is copied into the
// database the first time an inspection uses it, so the inspection keeps its exact items even
// when a later program ships a different file.
class ChecklistTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplates)

public:
    static QString defaultCode() { return QStringLiteral("window-premises"); }

    ChecklistTemplates(Database& db, WritePath& writes, const QJsonArray& shipped)
        : m_db(db), m_writes(writes), m_shipped(shipped) {}

    // All known versions (stored and shipped), by code then version.
    Result<QVector<ChecklistTemplate>> all() const;
    // The newest version of `code` valid on `date`; ErrorCode::NotFound when none.
    Result<ChecklistTemplate> forDate(const QString& code, const QDate& date) const;
    Result<ChecklistTemplate> byId(const QString& id) const;
    // Stores a new version (a JSON template object); a version that already exists with other
    // items is ErrorCode::Conflict. Returns the row id.
    Result<QString> import(const QByteArray& json);
    // The row id of `t`, adding the creation to `changes` when it is not stored yet.
    QString ensureStored(const ChecklistTemplate& t, ChangeSet& changes) const;

private:
    Result<QVector<ChecklistTemplate>> stored() const;

    Database& m_db;
    WritePath& m_writes;
    QJsonArray m_shipped;
};

} // namespace regie
