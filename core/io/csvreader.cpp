// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvreader.h"

#include "core/io/iotr.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Kizuna::Io {

namespace {

constexpr qsizetype ReadChunk = 64 * 1024;

QChar separatorChar(CsvSeparator separator)
{
    switch (separator) {
    case CsvSeparator::Semicolon:
        return u';';
    case CsvSeparator::Tab:
        return u'\t';
    case CsvSeparator::Auto:
    case CsvSeparator::Comma:
    case CsvSeparator::Whitespace:
        break;
    }
    return u',';
}

// The line without its line break.
QStringView withoutLineBreak(QStringView line)
{
    if (line.endsWith(u'\n'))
        line.chop(1);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isBlank(QStringView line, bool whitespaceSeparated)
{
    const QStringView text = withoutLineBreak(line);
    if (!whitespaceSeparated)
        return text.isEmpty();
    return std::all_of(text.begin(), text.end(), isSpace);
}

// False when the text is cut inside a character: a UTF-16 surrogate without its pair or half a
// code unit, or a multi-byte character the decoder still waits for at the end of the file.
bool wholeCharacters(QStringDecoder &decoder, TextEncoding encoding, const QString &line, qsizetype bytes,
                     bool lastLine)
{
    if (codeUnitBytes(encoding) == 2)
        return line.isValidUtf16() && (!lastLine || bytes % 2 == 0);
    if (!lastLine)
        return true;
    const QString rest = decoder.decode(QByteArrayView("\n", 1)); // completes nothing: shows a cut character
    return !decoder.hasError();
}

} // namespace

CsvReader::CsvReader(QIODevice &device, CsvReadOptions options)
    : m_device(device), m_options(options), m_separator(options.separator),
      m_encoding(options.encoding)
{}

CsvSeparator CsvReader::detectSeparator(QStringView line)
{
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return CsvSeparator::Tab;
    if (semicolons > commas)
        return CsvSeparator::Semicolon;
    return CsvSeparator::Comma;
}

Status CsvReader::fill(qsizetype wanted)
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
            return Error::badInput(Tr::tr("line %1: cannot read: %2").arg(m_line + 1).arg(m_device.errorString()));
        if (read == 0)
            m_atEnd = true;
    }
    return {};
}

Status CsvReader::start()
{
    m_started = true;
    KIZUNA_TRY(fill(EncodingSampleBytes));
    const QByteArrayView sample(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
    if (m_encoding == TextEncoding::Auto)
        m_encoding = detectEncoding(sample, m_atEnd).encoding;
    else
        m_encoding = refineUtf16(m_encoding, sample);
    // The decoders skip a byte order mark at the start themselves.
    m_decoder = newDecoder(m_encoding);
    return {};
}

// The end (after the LF) of the line starting at m_pos, searching from `from`; -1 if the
// buffer holds no line break yet.
qsizetype CsvReader::findLineEnd(qsizetype from) const
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

Result<CsvReader::ReadLine> CsvReader::readLine(QString &line)
{
    if (!m_started)
        KIZUNA_TRY(start());
    const int unit = codeUnitBytes(m_encoding);
    qsizetype scanned = 0; // bytes after m_pos searched without finding a line break
    qsizetype end = -1;
    for (;;) {
        end = findLineEnd(m_pos + scanned);
        if (end >= 0)
            break;
        const qsizetype available = m_buffer.size() - m_pos;
        if (available / unit > m_options.maxRecordChars)
            return Error::badInput(Tr::tr("line %1: the line is longer than %2 characters")
                                       .arg(m_line + 1)
                                       .arg(m_options.maxRecordChars));
        if (m_atEnd) {
            end = m_buffer.size();
            break;
        }
        scanned = available - available % unit;
        KIZUNA_TRY(fill(available + ReadChunk));
    }
    const qsizetype length = end - m_pos;
    if (length == 0)
        return ReadLine::End;
    const QByteArrayView bytes(m_buffer.constData() + m_pos, length);
    ++m_line;
    m_bytes += length;
    m_pos = end;
    line = m_decoder->decode(bytes);
    if (withoutLineBreak(line).size() > m_options.maxRecordChars)
        return Error::badInput(Tr::tr("line %1: the line is longer than %2 characters")
                                   .arg(m_line)
                                   .arg(m_options.maxRecordChars));
    const bool lastLine = m_atEnd && m_pos == m_buffer.size();
    if (m_decoder->hasError() || !wholeCharacters(*m_decoder, m_encoding, line, length, lastLine)) {
        if (m_encoding == TextEncoding::Utf8)
            return Error::badInput(Tr::tr("line %1: the text is not UTF-8").arg(m_line));
        return Error::badInput(Tr::tr("line %1: the text is not %2").arg(m_line).arg(encodingLabel(m_encoding)));
    }
    if (line.contains(QChar(u'\0')))
        return Error::badInput(Tr::tr("line %1: binary data (a NUL character): this is not a text file in %2")
                                   .arg(m_line)
                                   .arg(encodingLabel(m_encoding)));
    return ReadLine::Line;
}

void CsvReader::splitWhitespace(QStringView line, QStringList &fields) const
{
    const QStringView text = withoutLineBreak(line);
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isSpace(text[i]))
            ++i;
        if (i > start)
            fields << text.sliced(start, i - start).toString();
    }
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    const bool whitespace = m_options.separator == CsvSeparator::Whitespace;
    QString line;
    do {
        auto read = readLine(line);
        if (!read.ok())
            return read.error();
        if (*read == ReadLine::End)
            return false;
    } while (isBlank(line, whitespace));
    record.line = m_line;
    // On an error nothing of the record is returned (the fields before a broken quoted one).
    const auto failed = [&record](Error error) {
        record.fields.clear();
        return error;
    };
    if (whitespace) {
        splitWhitespace(line, record.fields);
        return true;
    }
    if (m_separator == CsvSeparator::Auto)
        m_separator = detectSeparator(withoutLineBreak(line));
    const QChar separator = separatorChar(m_separator);

    QString field;
    bool quoted = false;     // inside a quoted part of the field
    bool fieldStart = true;  // nothing of the current field read yet
    qsizetype recordChars = 0;
    qsizetype i = 0;
    for (;;) {
        const QStringView text = quoted ? QStringView(line) : withoutLineBreak(line);
        if (quoted) {
            // Inside quotes everything up to the next quote belongs to the field.
            const qsizetype quote = line.indexOf(u'"', i);
            if (quote < 0) {
                field += QStringView(line).sliced(i);
                recordChars += line.size();
                if (recordChars > m_options.maxRecordChars)
                    return failed(Error::badInput(Tr::tr("line %1: the record is longer than %2 characters")
                                                      .arg(record.line).arg(m_options.maxRecordChars)));
                auto read = readLine(line);
                if (!read.ok())
                    return failed(read.error());
                if (*read == ReadLine::End)
                    return failed(Error::badInput(Tr::tr("line %1: a quoted field is not closed at the end of the file")
                                                      .arg(record.line)));
                i = 0;
                continue;
            }
            field += QStringView(line).sliced(i, quote - i);
            if (quote + 1 < line.size() && line.at(quote + 1) == u'"') {
                field += u'"';
                i = quote + 2;
            } else {
                quoted = false;
                i = quote + 1;
            }
            continue;
        }
        if (i >= text.size())
            break;
        const QChar c = text[i];
        if (c == separator) {
            record.fields << field;
            field.clear();
            fieldStart = true;
            ++i;
        } else if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            ++i;
        } else {
            // An unquoted run up to the next separator (a quote in it is an ordinary character).
            qsizetype end = text.indexOf(separator, i);
            if (end < 0)
                end = text.size();
            field += text.sliced(i, end - i);
            fieldStart = false;
            i = end;
        }
    }
    record.fields << field;
    return true;
}

} // namespace Kizuna::Io
