// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvreader.h"

#include "core/io/formulaprotection.h"
#include "core/io/iotr.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Kizuna::Io {

namespace {


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
    : m_lines(device), m_options(options), m_separator(options.separator),
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

Status CsvReader::start()
{
    m_started = true;
    if (!m_lines.fill(EncodingSampleBytes))
        return Error::badInput(Tr::tr("line %1: cannot read: %2").arg(m_line + 1).arg(m_lines.errorString()));
    const QByteArrayView sample = m_lines.unread();
    if (m_encoding == TextEncoding::Auto) {
        m_encoding = detectEncoding(sample, m_lines.deviceAtEnd()).encoding;
    } else {
        if (const auto mismatch = chosenEncodingMismatch(m_encoding, sample, m_lines.deviceAtEnd()))
            return Error::badInput(Tr::tr("line %1: %2").arg(m_line + 1).arg(*mismatch));
        m_encoding = refineUtf16(m_encoding, sample);
        m_looksUtf16 = codeUnitBytes(m_encoding) == 1 && looksLikeUtf16(sample);
    }
    // The decoders skip a byte order mark at the start themselves.
    m_decoder = newDecoder(m_encoding);
    m_lines.setEncoding(m_encoding);
    return {};
}

Result<CsvReader::ReadLine> CsvReader::readLine(QString &line)
{
    if (!m_started)
        KIZUNA_TRY(start());
    const int unit = codeUnitBytes(m_encoding);
    QByteArrayView bytes;
    // More bytes than this without a line break are more characters than a record may have.
    const qsizetype maxBytes = (qsizetype(m_options.maxRecordChars) + 1) * unit - 1;
    switch (m_lines.next(bytes, maxBytes)) {
    case RawLineReader::Next::End:
        return ReadLine::End;
    case RawLineReader::Next::TooLong:
        return Error::badInput(Tr::tr("line %1: the line is longer than %2 characters")
                                   .arg(m_line + 1)
                                   .arg(m_options.maxRecordChars));
    case RawLineReader::Next::ReadFailed:
        return Error::badInput(Tr::tr("line %1: cannot read: %2").arg(m_line + 1).arg(m_lines.errorString()));
    case RawLineReader::Next::Line:
        break;
    }
    const qsizetype length = bytes.size();
    ++m_line;
    m_bytes += length;
    line = m_decoder->decode(bytes);
    if (withoutLineBreak(line).size() > m_options.maxRecordChars)
        return Error::badInput(Tr::tr("line %1: the line is longer than %2 characters")
                                   .arg(m_line)
                                   .arg(m_options.maxRecordChars));
    const bool lastLine = m_lines.exhausted();
    const bool nul = line.contains(QChar(u'\0'));
    if (m_looksUtf16 && (nul || m_decoder->hasError()))
        return Error::badInput(Tr::tr("line %1: the text is not %2 but UTF-16 (zero bytes between the characters); "
                                      "choose UTF-16 (utf-16) or auto")
                                   .arg(m_line)
                                   .arg(encodingLabel(m_encoding)));
    if (m_decoder->hasError() || !wholeCharacters(*m_decoder, m_encoding, line, length, lastLine)) {
        if (m_encoding == TextEncoding::Utf8)
            return Error::badInput(Tr::tr("line %1: the text is not UTF-8").arg(m_line));
        return Error::badInput(Tr::tr("line %1: the text is not %2").arg(m_line).arg(encodingLabel(m_encoding)));
    }
    if (nul)
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
            addField(record.fields, field);
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
    addField(record.fields, field);
    return true;
}

void CsvReader::addField(QStringList &fields, QString &field) const
{
    if (m_options.formulaProtection && field.startsWith(u'\'') && isProtectedFormula(field))
        field.remove(0, 1);
    fields << field;
}

} // namespace Kizuna::Io
