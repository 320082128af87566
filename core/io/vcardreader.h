// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/orderimporter.h" // RejectedRow
#include "core/io/rawlinereader.h"
#include "core/io/textencoding.h"
#include "core/storage/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace Kizuna::Io {

// One content line of a card: "item1.TEL;TYPE=CELL:090-…" → name "TEL", params {TYPE: [CELL]}.
struct VCardProperty
{
    qint64 line = 0;
    QString name;                        // upper case, without the group ("item1.")
    QHash<QString, QStringList> params;  // upper-case names; a bare vCard 2.1 parameter ("TEL;CELL") is a TYPE
    QString value;                       // decoded (ENCODING, CHARSET) but still escaped (see VCardText)

    // The TYPE values in lower case, without the ones that say nothing about the kind
    // ("pref", "internet", "voice", "x400"): {"cell"}, {"home", "fax"} …
    QStringList types() const;
    QString param(const QString &key) const { return params.value(key).value(0); }
};

struct VCard
{
    qint64 line = 0;          // the BEGIN:VCARD line
    QString version;          // "2.1", "3.0", "4.0" as the card says
    QList<VCardProperty> properties;
    QList<RejectedRow> problems; // content lines that could not be read (bad syntax, encoding)

    const VCardProperty *first(QStringView name) const;
};

// Reads vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) files card by card, without loading the
// file: lines unfolded (a leading space or tab continues the line), quoted-printable values
// with soft line breaks ("=" at the end) as Japanese phones write them, CHARSET parameters
// (UTF-8, Shift_JIS …), groups ("item1.EMAIL"). The file's own encoding is detected: UTF-8
// (with or without a byte order mark), Shift_JIS/CP932, or UTF-16 LE/BE (with a BOM, or
// without one when the file starts with text in UTF-16); a UTF-16 file is read line by line
// and its values are then taken as UTF-8. A line that cannot be read is a problem of its card
// (the caller rejects the card); a broken file — text outside a card, a card without END:VCARD,
// binary data, text that is not in the file's encoding — is an error naming the line, and the
// caller writes nothing.
class VCardReader final
{
public:
    explicit VCardReader(QIODevice &device);
    ~VCardReader();

    // The next card: true, false at the end of the file, or an error.
    Result<bool> next(VCard &card);
    qint64 bytesRead() const { return m_bytesRead; }
    TextEncoding encoding() const { return m_encoding; }

private:
    Status start();
    Error readFailed() const;
    Result<bool> readPhysical(QByteArray &line);
    Status checkLine(QByteArrayView bytes, QByteArray &line);
    Result<bool> readLogical(QByteArray &line, qint64 &lineNumber);
    void parseProperty(const QByteArray &line, qint64 lineNumber, VCard &card);
    bool decodeValue(const QByteArray &bytes, const QString &charset, QString &text);

    RawLineReader m_lines;
    TextEncoding m_encoding = TextEncoding::Utf8;      // the file's
    TextEncoding m_valueEncoding = TextEncoding::Utf8; // of the lines' bytes (UTF-8 for a UTF-16 file)
    std::unique_ptr<QStringDecoder> m_lineDecoder;     // a UTF-16 file's lines, stateful
    bool m_started = false;
    qint64 m_bytesRead = 0;
    qint64 m_physicalLine = 0;
    QByteArray m_pending;
    qint64 m_pendingLine = 0;
    bool m_hasPending = false;
    QHash<QString, std::shared_ptr<QStringDecoder>> m_decoders;
};

} // namespace Kizuna::Io
