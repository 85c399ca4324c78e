#include "Digest.h"

#include "security/Sodium.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <sodium.h>

namespace regie {

namespace {

class Hasher
{
public:
    Hasher() { crypto_hash_sha256_init(&m_state); }
    void add(const QByteArray& bytes)
    {
        QByteArray length(8, '\0');
        for (int i = 0; i < 8; ++i)
            length[i] = char((quint64(bytes.size()) >> (56 - 8 * i)) & 0xff);
        update(length);
        update(bytes);
    }
    void add(const QString& text) { add(text.toUtf8()); }
    void addValue(const QVariant& value)
    {
        if (value.isNull()) {
            add(QByteArrayLiteral("n"));
            return;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::ULongLong:
            add(QByteArrayLiteral("i"));
            add(QByteArray::number(value.toLongLong()));
            return;
        case QMetaType::Double:
            add(QByteArrayLiteral("r"));
            add(QByteArray::number(value.toDouble(), 'g', 17));
            return;
        case QMetaType::QByteArray:
            add(QByteArrayLiteral("b"));
            add(value.toByteArray());
            return;
        default:
            add(QByteArrayLiteral("t"));
            add(value.toString());
        }
    }
    QString hex()
    {
        unsigned char out[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&m_state, out);
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
    }

private:
    void update(const QByteArray& bytes)
    {
        crypto_hash_sha256_update(&m_state,
                                  reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    crypto_hash_sha256_state m_state;
};

} // namespace

QStringList Digest::userTables(Database& db)
{
    static const QStringList system{QStringLiteral("installation"), QStringLiteral("meta"),
                                    QStringLiteral("change_log"), QStringLiteral("change_txn"),
                                    QStringLiteral("audit_log")};
    QStringList tables;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite_%' AND name NOT LIKE 'sync_%' ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    QStringList user;
    for (const QString& table : tables) {
        const QStringList& columns = db.columnsOf(table);
        if (!system.contains(table) && columns.contains(QLatin1String("id")) &&
            columns.contains(QLatin1String("deleted")))
            user << table;
    }
    std::sort(user.begin(), user.end());
    return user;
}

Result<QString> Digest::compute(Database& db)
{
    security::ensureSodium();
    Hasher hash;
    hash.add(QByteArrayLiteral("regie-digest-v1"));
    for (const QString& table : userTables(db)) {
        QStringList columns = db.columnsOf(table);
        std::sort(columns.begin(), columns.end());
        hash.add(QByteArrayLiteral("table"));
        hash.add(table);
        hash.add(columns.join(QLatin1Char(',')));
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                        .arg(columns.join(QStringLiteral(", ")), table)))
            return Database::errorOf(q, table);
        while (q.next()) {
            hash.add(QByteArrayLiteral("row"));
            for (int i = 0; i < columns.size(); ++i)
                hash.addValue(q.value(i));
        }
    }
    return hash.hex();
}

} // namespace regie
