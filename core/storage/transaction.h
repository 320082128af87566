// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QByteArray>

#include <memory>

namespace Kizuna::Storage {

class Database;

// Scope guard: begins a transaction (BEGIN IMMEDIATE, or a SAVEPOINT when one is already
// open on the connection, so guards nest) and rolls it back on destruction unless commit()
// succeeded. Check begun() — or use Transaction::begin() — before writing.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    static Result<std::unique_ptr<Transaction>> begin(Database &db);

    bool begun() const { return m_state == State::Open; }
    const Error &beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    enum class State { Failed, Open, Done };
    Database &m_db;
    QByteArray m_savepoint; // empty for an outermost transaction
    State m_state = State::Failed;
    Error m_beginError;
};

} // namespace Kizuna::Storage
