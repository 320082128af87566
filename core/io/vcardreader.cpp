// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/vcardreader.h"

#include "core/io/iotr.h"
#include "core/io/vcardtext.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Kizuna::Io {

namespace {

constexpr qint64 MaxLineBytes = 64 * 1024 * 1024; // a logical line (a photo) may be large, not endless
constexpr int ShownChars = 40;

bool isQuotedPrintable(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArray head = (colon < 0 ? line : line.left(colon)).toUpper();
    return head.contains("QUOTED-PRINTABLE");
}

bool isLine(const QByteArray &line, const char *text)
{
    return line.trimmed().compare(text, Qt::CaseInsensitive) == 0;
}

// Splits "TEL;TYPE=\"a;b\";CELL" at the semicolons outside double quotes.
QList<QByteArray> splitParams(const QByteArray &head)
{
    QList<QByteArray> parts;
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) == '"')
            quoted = !quoted;
        else if (head.at(i) == ';' && !quoted)
            parts << head.mid(start, i - start), start = i + 1;
    }
    parts << head.mid(start);
    return parts;
}

// The colon that ends the name and parameters (not one inside a quoted parameter value).
qsizetype valueColon(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '"')
            quoted = !quoted;
        else if (line.at(i) == ':' && !quoted)
            return i;
    }
    return -1;
}

QString shown(const QByteArray &line)
{
    QString text = QString::fromUtf8(line.left(ShownChars * 3)).left(ShownChars);
    return line.size() > ShownChars ? text + QStringLiteral("…") : text;
}

// A vCard starts with text ("BEGIN:VCARD", blank lines): in UTF-16 its first code unit is an
// ASCII character with a NUL high byte.
bool startsAsUtf16Text(QByteArrayView sample, TextEncoding encoding)
{
    if (sample.size() < 2)
        return false;
    const bool littleEndian = encoding == TextEncoding::Utf16LE;
    const char low = sample[littleEndian ? 0 : 1], high = sample[littleEndian ? 1 : 0];
    return high == '\0' && low != '\0' && uchar(low) < 0x80;
}

// The file's encoding (detectEncoding), but NUL bytes in a file that does not start as UTF-16
// text are binary data, reported at their line; the encoding is then the one of the rest.
DetectedEncoding detectFileEncoding(QByteArrayView sample, bool complete)
{
    const DetectedEncoding detected = detectEncoding(sample, complete);
    if (codeUnitBytes(detected.encoding) == 1 || detected.byteOrderMark > 0
        || startsAsUtf16Text(sample, detected.encoding))
        return detected;
    QByteArray withoutNuls = sample.toByteArray();
    return detectEncoding(withoutNuls.replace('\0', ' '), complete);
}

} // namespace

QStringList VCardProperty::types() const
{
    QStringList result;
    for (const QString &entry : params.value(QStringLiteral("TYPE"))) {
        for (const QString &type : entry.split(u',', Qt::SkipEmptyParts)) {
            const QString lower = type.trimmed().toLower();
            if (lower != u"pref" && lower != u"internet" && lower != u"voice" && lower != u"x400"
                && !result.contains(lower))
                result << lower;
        }
    }
    return result;
}

const VCardProperty *VCard::first(QStringView name) const
{
    for (const VCardProperty &property : properties) {
        if (property.name == name)
            return &property;
    }
    return nullptr;
}

VCardReader::VCardReader(QIODevice &device) : m_lines(device) {}

VCardReader::~VCardReader() = default;

Status VCardReader::start()
{
    m_started = true;
    if (!m_lines.fill(EncodingSampleBytes))
        return readFailed();
    const DetectedEncoding detected = detectFileEncoding(m_lines.unread(), m_lines.deviceAtEnd());
    m_encoding = detected.encoding;
    m_lines.setEncoding(m_encoding);
    if (codeUnitBytes(m_encoding) == 2) {
        m_lineDecoder = newDecoder(m_encoding); // skips the byte order mark itself
        m_valueEncoding = TextEncoding::Utf8;
    } else {
        m_lines.skip(detected.byteOrderMark);
        m_bytesRead = detected.byteOrderMark;
        m_valueEncoding = m_encoding;
    }
    return {};
}

Error VCardReader::readFailed() const
{
    return Error::storage(Tr::tr("line %1: cannot read the file: %2").arg(m_physicalLine + 1).arg(m_lines.errorString()));
}

Result<bool> VCardReader::readPhysical(QByteArray &line)
{
    QByteArrayView bytes;
    switch (m_lines.next(bytes, MaxLineBytes)) {
    case RawLineReader::Next::End:
        return false;
    case RawLineReader::Next::TooLong:
        return Error::badInput(Tr::tr("line %1: longer than %2 MiB; is this a vCard file?")
                                   .arg(m_physicalLine + 1)
                                   .arg(MaxLineBytes / (1024 * 1024)));
    case RawLineReader::Next::ReadFailed:
        return readFailed();
    case RawLineReader::Next::Line:
        break;
    }
    m_bytesRead += bytes.size();
    ++m_physicalLine;
    KIZUNA_TRY(checkLine(bytes, line));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return true;
}

// The bytes of a physical line as the reader works on them: as they are, or for a UTF-16 file
// decoded and taken as UTF-8. NUL characters (binary data) and text that is not UTF-16 are errors.
Status VCardReader::checkLine(QByteArrayView bytes, QByteArray &line)
{
    const auto binary = [this] {
        return Error::badInput(Tr::tr("line %1: binary data (a NUL byte); this is not a vCard file").arg(m_physicalLine));
    };
    if (!m_lineDecoder) {
        if (bytes.contains('\0'))
            return binary();
        line = bytes.toByteArray();
        return {};
    }
    const QString text = m_lineDecoder->decode(bytes);
    const bool cutAtTheEnd = m_lines.exhausted() && bytes.size() % 2 != 0;
    if (m_lineDecoder->hasError() || cutAtTheEnd || !text.isValidUtf16())
        return Error::badInput(Tr::tr("line %1: the text is not UTF-16").arg(m_physicalLine));
    if (text.contains(QChar(u'\0')))
        return binary();
    line = text.toUtf8();
    return {};
}

Result<bool> VCardReader::readLogical(QByteArray &line, qint64 &lineNumber)
{
    if (!m_hasPending) {
        auto read = readPhysical(m_pending);
        if (!read.ok())
            return read.error();
        if (!*read)
            return false;
        m_pendingLine = m_physicalLine;
    }
    line = m_pending;
    lineNumber = m_pendingLine;
    m_hasPending = false;
    const bool quotedPrintable = isQuotedPrintable(line);
    QByteArray next;
    for (;;) {
        auto read = readPhysical(next);
        if (!read.ok())
            return read.error();
        if (!*read)
            return true;
        if (!next.isEmpty() && (next.at(0) == ' ' || next.at(0) == '\t')) {
            line += next.mid(1);
        } else if (quotedPrintable && line.endsWith('=')) {
            line.chop(1); // a soft line break of quoted-printable
            line += next;
        } else {
            m_pending = next;
            m_pendingLine = m_physicalLine;
            m_hasPending = true;
            return true;
        }
        if (line.size() > MaxLineBytes)
            return Error::badInput(Tr::tr("line %1: a property longer than %2 MiB").arg(lineNumber).arg(MaxLineBytes / (1024 * 1024)));
    }
}

Result<bool> VCardReader::next(VCard &card)
{
    if (!m_started)
        KIZUNA_TRY(start());
    card = VCard();
    QByteArray line;
    qint64 number = 0;
    for (;;) {
        auto read = readLogical(line, number);
        if (!read.ok())
            return read.error();
        if (!*read)
            return false;
        if (line.trimmed().isEmpty())
            continue;
        if (!isLine(line, "BEGIN:VCARD"))
            return Error::badInput(Tr::tr("line %1: BEGIN:VCARD expected, not \"%2\"").arg(number).arg(shown(line)));
        break;
    }
    card.line = number;
    for (;;) {
        auto read = readLogical(line, number);
        if (!read.ok())
            return read.error();
        if (!*read)
            return Error::badInput(Tr::tr("line %1: the card has no END:VCARD (is the file cut short?)").arg(card.line));
        if (line.trimmed().isEmpty())
            continue;
        if (isLine(line, "END:VCARD"))
            return true;
        if (isLine(line, "BEGIN:VCARD"))
            return Error::badInput(Tr::tr("line %1: BEGIN:VCARD inside the card of line %2, which has no END:VCARD")
                                       .arg(number)
                                       .arg(card.line));
        parseProperty(line, number, card);
    }
}

void VCardReader::parseProperty(const QByteArray &line, qint64 lineNumber, VCard &card)
{
    const qsizetype colon = valueColon(line);
    if (colon <= 0) {
        card.problems.append({lineNumber, Tr::tr("card of line %1").arg(card.line),
                              Tr::tr("not a property (NAME:value): \"%1\"").arg(shown(line))});
        return;
    }
    const QList<QByteArray> head = splitParams(line.left(colon));
    VCardProperty property;
    property.line = lineNumber;
    QByteArray name = head.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    property.name = QString::fromLatin1(name);
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray &param = head.at(i);
        const qsizetype equals = param.indexOf('=');
        const QString key = equals < 0 ? QStringLiteral("TYPE") : QString::fromLatin1(param.left(equals).trimmed().toUpper());
        QString value = QString::fromUtf8(equals < 0 ? param.trimmed() : param.mid(equals + 1).trimmed());
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (equals < 0 && (value.compare(u"QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0
                           || value.compare(u"BASE64", Qt::CaseInsensitive) == 0))
            property.params[QStringLiteral("ENCODING")] << value; // vCard 2.1: "TEL;QUOTED-PRINTABLE:"
        else
            property.params[key] << value;
    }
    QByteArray bytes = line.mid(colon + 1);
    const QString encoding = property.param(QStringLiteral("ENCODING")).toUpper();
    if (encoding == u"B" || encoding == u"BASE64") {
        property.value = QString::fromLatin1(bytes); // photos and keys: kept as given, never decoded
    } else {
        if (encoding == u"QUOTED-PRINTABLE") {
            bool ok = false;
            bytes = VCardText::decodeQuotedPrintable(bytes, &ok);
            if (!ok) {
                card.problems.append({lineNumber, property.name, Tr::tr("bad quoted-printable text (\"=\" not followed by two hex digits)")});
                return;
            }
        }
        if (!decodeValue(bytes, property.param(QStringLiteral("CHARSET")), property.value)) {
            const QString charset = property.param(QStringLiteral("CHARSET"));
            card.problems.append({lineNumber, property.name,
                                  Tr::tr("the text is not valid %1").arg(charset.isEmpty() ? encodingLabel(m_valueEncoding) : charset)});
            return;
        }
    }
    if (property.name == u"VERSION")
        card.version = property.value.trimmed();
    card.properties.append(std::move(property));
}

bool VCardReader::decodeValue(const QByteArray &bytes, const QString &charset, QString &text)
{
    TextEncoding encoding = m_valueEncoding;
    if (!charset.isEmpty()) {
        const auto known = encodingFromName(charset);
        if (!known) {
            auto &decoder = m_decoders[charset.toLower()];
            if (!decoder)
                decoder = std::make_shared<QStringDecoder>(charset.toLatin1().constData());
            if (!decoder->isValid())
                return false;
            decoder->resetState();
            text = decoder->decode(bytes);
            return !decoder->hasError();
        }
        encoding = *known;
    }
    if (encoding == TextEncoding::Utf8 || encoding == TextEncoding::Auto) {
        if (!isValidUtf8(bytes, true))
            return false;
        text = QString::fromUtf8(bytes);
        return true;
    }
    auto &decoder = m_decoders[encodingName(encoding)];
    if (!decoder)
        decoder = std::shared_ptr<QStringDecoder>(newDecoder(encoding).release());
    decoder->resetState();
    text = decoder->decode(bytes);
    return !decoder->hasError();
}

} // namespace Kizuna::Io
