#pragma once

#include "Person.h"
#include "common/Result.h"

#include <QVector>

namespace regie {

class Database;

// Reads of people: filtered and paged in SQL so the list stays fast with many records.
class PersonRepository
{
public:
    explicit PersonRepository(Database& db) : m_db(db) {}

    struct Filter
    {
        QString text; // matches names, legal name and the identifying numbers
        int offset = 0;
        int limit = 200;
    };

    Result<QVector<Person>> find(const Filter& filter) const;
    Result<int> count(const QString& text) const;
    Result<Person> get(const QString& id) const;
    // The id of another person with this national or company number, or empty.
    Result<QString> findByNumber(const QString& column, const QString& number,
                                 const QString& exceptId) const;

private:
    Database& m_db;
};

} // namespace regie
