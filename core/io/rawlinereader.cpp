// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/rawlinereader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Kizuna::Io {

namespace {
constexpr qsizetype ReadChunk = 64 * 1024;
}

RawLineReader::RawLineReader(QIODevice &device)
    : m_device(device)
{
}

bool RawLineReader::fill(qsizetype wanted)
{
    // Drop the bytes of lines already returned once they make up most of the buffer.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    while (!m_atEnd && m_buffer.size() - m_pos < wanted) {
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + ReadChunk);
        const qint64 read = m_device.read(m_buffer.data() + used, ReadChunk);
        m_buffer.resize(used + std::max<qint64>(read, 0));
        if (read < 0)
            return false;
        if (read == 0)
            m_atEnd = true;
    }
    return true;
}

QString RawLineReader::errorString() const
{
    return m_device.errorString();
}

// The end (after the LF) of the line starting at m_pos, searching from `from`; -1 if the
// buffer holds no line break yet.
qsizetype RawLineReader::findLineEnd(qsizetype from) const
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    if (codeUnitBytes(m_encoding) == 1) {
        const void *lf = from < size ? std::memchr(data + from, '\n', size_t(size - from)) : nullptr;
        return lf ? static_cast<const char *>(lf) - data + 1 : -1;
    }
    const bool littleEndian = m_encoding == TextEncoding::Utf16LE;
    for (qsizetype i = from; i + 1 < size; i += 2) {
        const char low = littleEndian ? data[i] : data[i + 1];
        const char high = littleEndian ? data[i + 1] : data[i];
        if (low == '\n' && high == '\0')
            return i + 2;
    }
    return -1;
}

RawLineReader::Next RawLineReader::next(QByteArrayView &line, qsizetype maxBytes)
{
    const int unit = codeUnitBytes(m_encoding);
    qsizetype scanned = 0; // bytes after m_pos searched without finding a line break
    qsizetype end = -1;
    for (;;) {
        end = findLineEnd(m_pos + scanned);
        if (end >= 0)
            break;
        const qsizetype available = m_buffer.size() - m_pos;
        if (available > maxBytes)
            return Next::TooLong;
        if (m_atEnd) {
            end = m_buffer.size();
            break;
        }
        scanned = available - available % unit;
        if (!fill(available + ReadChunk))
            return Next::ReadFailed;
    }
    if (end == m_pos)
        return Next::End;
    line = QByteArrayView(m_buffer.constData() + m_pos, end - m_pos);
    m_pos = end;
    return Next::Line;
}

} // namespace Kizuna::Io
