#pragma once

#include "common/Result.h"

namespace regie {

class Database;

// RAII transaction: rolls back unless commit() succeeded. Nested transactions become savepoints,
// so a service can call another service inside one user action.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    // Whether BEGIN/SAVEPOINT itself worked (fails when another writer holds the lock).
    Result<void> status() const { return m_status; }
    Result<void> commit();
    void rollback();

private:
    Database* m_db;
    int m_level = 0;
    bool m_open = false;
    Result<void> m_status;
};

} // namespace regie
