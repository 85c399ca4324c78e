#pragma once

#include "Actor.h"
#include "AuditTrail.h"
#include "ChangeSet.h"
#include "Hlc.h"
#include "RemoteChange.h"
#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <array>

namespace regie {

class Clock;
class Database;
class SqlStatement;

struct Receipt
{
    QString txn;         // groups the change-log records of one action
    qint64 firstSeq = 0; // change-log sequence range written
    qint64 lastSeq = 0;
    int changes = 0;     // number of change-log records
    QSet<QString> entities;
};

// The one write path for user data. In one transaction it writes the rows, appends a change-log
// record per changed field (old and new value, HLC stamp, installation, user) and one audit
// record for the action. Sync exports the change log, audit reads it, undo replays its inverse.
class WritePath : public QObject
{
    Q_OBJECT
public:
    WritePath(Database& db, const Clock& clock, Actor actor, QObject* parent = nullptr);

    Result<Receipt> apply(const ChangeSet& changes);

    const Actor& actor() const { return m_actor; }
    void setUserName(const QString& user) { m_actor.userName = user; }
    AuditTrail& audit() { return m_audit; }
    Hlc& hlc() { return m_hlc; }

    // SQLite's stored form of a value: dates as ISO text, booleans as 0/1; only an invalid
    // QVariant is NULL (a null QString is the empty text).
    static QVariant normalize(const QVariant& value);
    static bool sameValue(const QVariant& a, const QVariant& b);

    // Changes made on another installation (core/sync applies bundles; WritePathRemote.cpp).
    // The caller holds the transaction and decides field by field which stamp wins; these only
    // write. remoteTxn: a change_txn row for the change's action, installation and user.
    // logRemote: its change-log row with the original stamp, which the clock observes.
    Result<qint64> remoteTxn(const RemoteChange& change);
    Result<qint64> logRemote(const RemoteChange& change, qint64 txnRow);
    // Inserts the record unless it exists (false then). updateRemote: updates one field of an
    // existing record (NotFound when it is not here); true when the record was live (not
    // deleted) and the field not `deleted` itself, false when that is unknown.
    Result<bool> insertRemote(const QString& entity, const QString& id, const QVariantMap& fields);
    Result<bool> updateRemote(const QString& entity, const QString& id, const QString& field,
                              const QVariant& value);

Q_SIGNALS:
    void applied(const regie::Receipt& receipt);

private:
    // One apply(): its transaction id, its change_txn row (written with the first change-log
    // row) and what it wrote.
    struct Pass
    {
        QString txn;
        qint64 txnRow = 0;
        Receipt receipt;
    };
    // What the write path knows of one table: its columns and its hot statements, compiled once
    // (WritePathLog.cpp).
    struct Table
    {
        bool writable = false;
        QSet<QString> columns;
        // Per field: the change-log statement (index 1: the new value is the empty text, which
        // counts as equal to NULL) and the single-field UPDATE.
        QHash<QString, std::array<SqlStatement*, 2>> logField;
        QHash<QString, SqlStatement*> updateField;
        QHash<QString, SqlStatement*> updateLiveField; // the same, only on a live record
        // The INSERT of a record that arrived by sync, for the fields it came with last.
        QStringList remoteFields;
        SqlStatement* remoteInsert = nullptr;
    };
    Table& table(const QString& entity);
    SqlStatement& logStatement(const QString& entity, const QString& field, bool emptyText);
    SqlStatement& updateStatement(const QString& entity, const QString& field);
    Result<void> checkEntity(const Mutation& m);
    static Result<void> checkRecord(const Table& t, const QString& entity, const QString& id);
    static Result<void> checkField(const Table& t, const QString& entity, const QString& field);
    Result<void> applyCreate(const Mutation& m, Pass& pass);
    Result<void> applySet(const Mutation& m, Pass& pass);
    Result<void> applyTombstone(const Mutation& m, Pass& pass);
    Result<void> requireRecord(const Mutation& m);
    Result<void> beginLog(Pass& pass);
    static void counted(Pass& pass, const Mutation& m, qint64 seq);
    // Appends the change-log row of one field when its stored value differs from newValue;
    // true when it did.
    Result<bool> logChangedField(Pass& pass, const Mutation& m, const QString& field,
                                 const QVariant& newValue);
    Result<void> log(Pass& pass, const Mutation& m, const QString& op, const QString& field,
                     const QVariant& oldValue, const QVariant& newValue);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    Hlc m_hlc;
    AuditTrail m_audit;
    QHash<QString, Table> m_tables;
    QString m_lastEntity; // the table looked up last, and where its entry is
    Table* m_lastTable = nullptr;
    SqlStatement* m_remoteLog = nullptr; // logRemote's INSERT, once per change of an import
};

} // namespace regie
