// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Kizuna::Fuzz {

// Bytes served in short reads of 1 to 13 bytes (a pipe, a slow disk), unbuffered: a reader
// must return the same records whatever size its reads come back in.
class ChunkedDevice final : public QIODevice
{
public:
    explicit ChunkedDevice(QByteArray bytes) : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 left = m_bytes.size() - pos();
        if (left <= 0)
            return 0;
        m_step = m_step % 13 + 1;
        const qint64 n = std::min({maxSize, left, qint64(m_step)});
        std::memcpy(data, m_bytes.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    int m_step = 0;
};

} // namespace Kizuna::Fuzz
