// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/transaction.h"

#include "core/storage/database.h"

#include <atomic>

namespace Kizuna::Storage {

namespace {
std::atomic<quint64> savepointCounter{0};
}

Transaction::Transaction(Database &db) : m_db(db)
{
    Status status;
    if (m_db.inTransaction()) {
        m_savepoint = "kizuna_sp_" + QByteArray::number(++savepointCounter);
        status = m_db.exec(QStringLiteral("SAVEPOINT ") + QString::fromLatin1(m_savepoint));
    } else {
        status = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (status.ok())
        m_state = State::Open;
    else
        m_beginError = status.error();
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database &db)
{
    auto transaction = std::make_unique<Transaction>(db);
    if (!transaction->begun())
        return transaction->beginError();
    return transaction;
}

Transaction::~Transaction()
{
    if (m_state == State::Open)
        rollback();
}

Status Transaction::commit()
{
    if (m_state != State::Open)
        return Error::storage(QStringLiteral("commit of a transaction that is not open"));
    const Status status = m_savepoint.isEmpty()
                              ? m_db.exec(QStringLiteral("COMMIT"))
                              : m_db.exec(QStringLiteral("RELEASE ")
                                          + QString::fromLatin1(m_savepoint));
    if (!status.ok()) {
        rollback();
        return status;
    }
    m_state = State::Done;
    return {};
}

void Transaction::rollback()
{
    if (m_state != State::Open)
        return;
    m_state = State::Done;
    if (m_savepoint.isEmpty()) {
        if (m_db.inTransaction())
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString name = QString::fromLatin1(m_savepoint);
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + name);
        (void)m_db.exec(QStringLiteral("RELEASE ") + name);
    }
}

} // namespace Kizuna::Storage
