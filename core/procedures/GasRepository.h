#pragma once

#include "GasDossier.h"
#include "common/Result.h"

#include <QStringList>
#include <QVector>

namespace regie {

class Database;

// Reads of GAS dossiers: filtered, sorted and paged in SQL (the list stays fast with 100,000
// dossiers); the text search uses the FTS5 index gas_search (number, report number, place,
// the offender's names and address).
class GasRepository
{
public:
    explicit GasRepository(Database& db) : m_db(db) {}

    // The list's order; every order ends on the number so pages never overlap.
    enum class Order
    {
        FactsNewest, // the default
        FactsOldest,
        NumberAscending,
        NumberDescending,
    };

    struct Filter
    {
        QStringList states; // empty: all
        QString personId;
        QString offenceCode;
        QDate factsFrom; // inclusive; invalid: open
        QDate factsTo;   // inclusive
        QString search;  // words, each matched as a prefix
        int offset = 0;
        int limit = 200;
        Order order = Order::FactsNewest;
    };

    Result<QVector<GasDossier>> find(const Filter& filter) const;
    Result<int> count(const Filter& filter) const;
    // By id or by number (GAS/2026/TS/0001); NotFound otherwise.
    Result<GasDossier> get(const QString& idOrNumber) const;
    Result<QVector<GasEvent>> events(const QString& dossierId) const;
    Result<QVector<GasPayment>> payments(const QString& dossierId) const;
    // The next free sequence number for an installation code and year.
    Result<int> nextSequence(const QString& installationCode, int year) const;
    // The most recent earlier dossier of the same person and offence decided with a fine on or
    // after `since` and before `before`; empty id when none.
    Result<QString> priorSanction(const QString& personId, const QString& offenceId,
                                  const QDate& since, const QDate& before) const;

    // "a* b*" as an FTS5 query: every word quoted, as a prefix.
    static QString matchExpression(const QString& search);

private:
    QString whereClause(const Filter& filter, QVariantList* binds) const;
    static QString orderClause(Order order);

    Database& m_db;
};

} // namespace regie
