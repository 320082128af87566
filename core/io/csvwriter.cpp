// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvwriter.h"

#include "core/io/formulaprotection.h"
#include "core/io/iotr.h"

#include <QFileDevice>
#include <QIODevice>

namespace Kizuna::Io {

namespace {

constexpr qsizetype FlushThreshold = 64 * 1024;

bool needsQuotes(QStringView text, char delimiter)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\r' || u == u'\n' || u == char16_t(delimiter))
            return true;
    }
    return false;
}

QString deviceName(const QIODevice &device)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(&device); file && !file->fileName().isEmpty())
        return file->fileName();
    return Tr::tr("the output");
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, CsvOptions options) : m_device(device), m_options(options)
{
    m_buffer.reserve(FlushThreshold + 4096);
    if (m_options.byteOrderMark && m_options.encoding == TextEncoding::Utf8)
        m_buffer.append("\xEF\xBB\xBF");
    if (m_options.encoding != TextEncoding::Utf8 && m_options.encoding != TextEncoding::Auto)
        m_encoder = newEncoder(m_options.encoding);
}

CsvWriter::~CsvWriter()
{
    // Whatever is left is written; callers that care about errors call finish() first.
    if (!m_buffer.isEmpty() && !m_failed)
        (void)flush();
}

QByteArray CsvWriter::encodeField(QStringView text, char delimiter)
{
    if (text.isNull())
        return {};
    if (text.isEmpty())
        return QByteArrayLiteral("\"\"");
    QByteArray utf8 = text.toUtf8();
    if (!needsQuotes(text, delimiter))
        return utf8;
    utf8.replace('"', QByteArrayLiteral("\"\""));
    return '"' + utf8 + '"';
}

void CsvWriter::appendField(QStringView text, bool isNull)
{
    if (m_rowOpen)
        m_buffer.append(m_options.delimiter);
    m_rowOpen = true;
    if (isNull)
        return;
    if (m_options.formulaProtection && needsFormulaProtection(text))
        m_buffer.append(encodeField(protectFormula(text), m_options.delimiter));
    else
        m_buffer.append(encodeField(text, m_options.delimiter));
}

void CsvWriter::addField(QStringView text, bool isNull)
{
    appendField(text, isNull || text.isNull());
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowOpen = false;
    ++m_rows;
    if (m_buffer.size() >= FlushThreshold)
        (void)flush();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &field : fields)
        addField(field);
    endRow();
}

// The buffer (whole rows in UTF-8) in the output encoding; false, with the error text set,
// at a character the encoding does not have.
bool CsvWriter::encodeBuffer()
{
    const QString text = QString::fromUtf8(m_buffer);
    QByteArray bytes = m_encoder->encode(text);
    if (!m_encoder->hasError()) {
        m_buffer = std::move(bytes);
        return true;
    }
    // Find the character and its row (rare: only on failure, character by character).
    qint64 row = m_rowsFlushed + 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QStringView character = QStringView(text).sliced(i, length);
        auto probe = newEncoder(m_options.encoding);
        const QByteArray probed = probe->encode(character);
        if (probe->hasError()) {
            m_errorText = Tr::tr("row %1: \"%2\" cannot be written in %3").arg(row).arg(character.toString(),
                                                                                  encodingLabel(m_options.encoding));
            return false;
        }
        if (text.at(i) == u'\n')
            ++row;
        i += length - 1;
    }
    m_errorText = Tr::tr("the text cannot be written in %1").arg(encodingLabel(m_options.encoding));
    return false;
}

Status CsvWriter::flush()
{
    if (!m_failed && !m_buffer.isEmpty() && m_encoder && !encodeBuffer()) {
        m_failed = true;
        m_unencodable = true;
    }
    if (!m_failed && !m_buffer.isEmpty()) {
        const qint64 written = m_device.write(m_buffer);
        if (written != m_buffer.size()) {
            m_failed = true;
            m_errorText = m_device.errorString();
        }
    }
    m_buffer.clear();
    m_rowsFlushed = m_rows;
    if (m_unencodable)
        return Error::badInput(m_errorText);
    if (m_failed)
        return Error::storage(Tr::tr("%1: cannot write: %2").arg(deviceName(m_device), m_errorText));
    return {};
}

Status CsvWriter::finish()
{
    if (m_rowOpen)
        endRow();
    return flush();
}

} // namespace Kizuna::Io
