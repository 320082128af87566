// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvreader.h"

#include "core/io/iotr.h"

#include <QIODevice>

#include <algorithm>

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

} // namespace

CsvReader::CsvReader(QIODevice &device, CsvReadOptions options)
    : m_device(device), m_options(options), m_separator(options.separator),
      m_decoder(QStringDecoder::Utf8)
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

Result<CsvReader::ReadLine> CsvReader::readLine(QString &line)
{
    // Read into a buffer that is kept between lines, in chunks, so a line costs no allocation
    // and a line without end stops at the record limit.
    QByteArray &bytes = m_lineBytes;
    bytes.resize(0);
    for (;;) {
        const qsizetype used = bytes.size();
        bytes.resize(used + ReadChunk + 1);
        const qint64 read = m_device.readLine(bytes.data() + used, ReadChunk + 1);
        bytes.resize(used + std::max<qint64>(read, 0));
        if (read < 0 && used == 0 && !m_device.atEnd())
            return Error::badInput(Tr::tr("line %1: cannot read: %2").arg(m_line + 1).arg(m_device.errorString()));
        const bool complete = read <= 0 || bytes.endsWith('\n');
        const qsizetype lineBreak = bytes.endsWith("\r\n") ? 2 : bytes.endsWith('\n') ? 1 : 0;
        if (bytes.size() - lineBreak > m_options.maxRecordChars)
            return Error::badInput(Tr::tr("line %1: the line is longer than %2 characters")
                                       .arg(m_line + 1)
                                       .arg(m_options.maxRecordChars));
        if (complete)
            break;
    }
    if (bytes.isEmpty())
        return ReadLine::End;
    ++m_line;
    m_bytes += bytes.size();
    line = m_decoder.decode(bytes);
    if (m_decoder.hasError())
        return Error::badInput(Tr::tr("line %1: the text is not UTF-8").arg(m_line));
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
                    return Error::badInput(Tr::tr("line %1: the record is longer than %2 characters")
                                               .arg(record.line).arg(m_options.maxRecordChars));
                auto read = readLine(line);
                if (!read.ok())
                    return read.error();
                if (*read == ReadLine::End)
                    return Error::badInput(Tr::tr("line %1: a quoted field is not closed at the end of the file")
                                               .arg(record.line));
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
