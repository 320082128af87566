// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demotime.h"
#include "core/storage/result.h"
#include "core/storage/statement.h"

#include <cstring>
#include <string>

namespace Kizuna::Demo {

// Binds one row's values to a cached INSERT statement in parameter order and runs it:
//   RowBinder(insertOrder).id(orderId).id(contactId).stamp(orderedAt)…run();
// Text is bound as UTF-8 without going through QString (this is the hot loop of the demo).
class RowBinder final
{
public:
    explicit RowBinder(Storage::Statement *statement) : m_statement(statement) {}

    RowBinder &text(const char *utf8) // nullptr binds NULL
    {
        if (!utf8)
            return null();
        m_statement->bindText(m_index++, QByteArray::fromRawData(utf8, qsizetype(std::strlen(utf8))));
        return *this;
    }
    RowBinder &text(const std::string &utf8)
    {
        m_statement->bindText(m_index++, QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size())));
        return *this;
    }
    RowBinder &optionalText(const std::string &utf8) // empty binds NULL
    {
        return utf8.empty() ? null() : text(utf8);
    }
    RowBinder &id(const IdText &id)
    {
        m_statement->bindText(m_index++, id.bytes());
        return *this;
    }
    RowBinder &optionalId(const IdText *id) { return id ? this->id(*id) : null(); }
    RowBinder &stamp(std::int64_t ms)
    {
        m_statement->bindText(m_index++, stampText(ms).bytes());
        return *this;
    }
    RowBinder &date(int day)
    {
        m_statement->bindText(m_index++, dateText(day).bytes());
        return *this;
    }
    RowBinder &integer(std::int64_t value)
    {
        m_statement->bind(m_index++, value);
        return *this;
    }
    RowBinder &real(double value)
    {
        m_statement->bind(m_index++, value);
        return *this;
    }
    RowBinder &null()
    {
        m_statement->bindNull(m_index++);
        return *this;
    }
    Status run() { return m_statement->run(); }

private:
    Storage::Statement *m_statement;
    int m_index = 1;
};

} // namespace Kizuna::Demo
