// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/textencoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace Kizuna::Io {

// Reads a device line by line as bytes, through a read-ahead buffer that holds a few lines, never
// the whole file: the part the CSV and vCard readers share before each decodes a line its own
// way. A line ends after its LF, found per code unit (one byte, or two in UTF-16 LE/BE, where an
// LF byte inside another character does not count); the last line may have none.
class RawLineReader final
{
public:
    enum class Next {
        Line,      // `line` holds the next line, its break included
        End,       // nothing is left
        TooLong,   // more than the allowed bytes without a line break
        ReadFailed // the device failed: errorString()
    };

    explicit RawLineReader(QIODevice &device);

    // How lines are found: per byte, or per UTF-16 code unit (LE or BE).
    void setEncoding(TextEncoding encoding) { m_encoding = encoding; }
    // Reads ahead until `wanted` unread bytes are buffered or the device ends; false when the
    // device failed.
    bool fill(qsizetype wanted);
    // The bytes read ahead and not yet returned.
    QByteArrayView unread() const { return QByteArrayView(m_buffer).sliced(m_pos); }
    // Passes over `bytes` unread bytes (a byte order mark).
    void skip(qsizetype bytes) { m_pos += bytes; }
    // The device has no more bytes (some may still be unread).
    bool deviceAtEnd() const { return m_atEnd; }
    // Every byte of the device has been returned.
    bool exhausted() const { return m_atEnd && m_pos == m_buffer.size(); }
    // The next line; `line` stays valid until the next call. Lines longer than `maxBytes`
    // (without their break) give TooLong.
    Next next(QByteArrayView &line, qsizetype maxBytes);
    QString errorString() const;

private:
    qsizetype findLineEnd(qsizetype from) const;

    QIODevice &m_device;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QByteArray m_buffer; // bytes read ahead from the device; the next line starts at m_pos
    qsizetype m_pos = 0;
    bool m_atEnd = false;
};

} // namespace Kizuna::Io
