// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/rawlinereader.h"
#include "core/io/textencoding.h"
#include "core/storage/result.h"

#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QIODevice;

namespace Kizuna::Io {

// How the fields of a record are separated.
enum class CsvSeparator {
    Auto,      // comma, semicolon or tab: whichever occurs most often (outside quotes) in the first line
    Comma,
    Semicolon,
    Tab,
    Whitespace // runs of spaces and tabs, no quoting; leading and trailing whitespace ignored (fixed-width text)
};

struct CsvReadOptions
{
    CsvSeparator separator = CsvSeparator::Auto;
    // A record longer than this (a quote that is never closed, a file that is not CSV) stops
    // the reader with an error instead of filling the memory.
    qsizetype maxRecordChars = 16 * 1024 * 1024;
    // The file's encoding; Auto detects it from the first 64 KiB (see detectEncoding). A chosen
    // UTF-16 takes its byte order from the file's BOM when it has one.
    TextEncoding encoding = TextEncoding::Utf8;
    // Takes off the single quote a CSV export puts before a field a spreadsheet would open as a
    // formula ("'=SUM(A1)" → "=SUM(A1)"; see formulaprotection.h), so exports import back exactly.
    bool formulaProtection = true;
};

// One record of a CSV file and where it starts in the file.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // 1-based physical line on which the record starts
};

// Reads RFC 4180 CSV from a device, record by record, without loading the whole file: fields
// in double quotes may contain the separator, doubled quotes ("") and line breaks (kept as
// they are in the file). Lines may end with CRLF or LF. UTF-8 with or without a byte order
// mark, UTF-16 or Shift_JIS (CP932), given or detected; bytes that are not valid in the
// encoding, and NUL characters (binary data), stop the reader with an error naming the line.
// Lenient where
// spreadsheets are: a quote inside an unquoted field is kept as a character, text after a
// closing quote is appended to the field. Empty lines (outside quotes) are skipped.
//
// The reader splits the input into physical lines at LF code units before decoding, which is
// right for any encoding where LF is never part of another character (UTF-8, CP932, UTF-16).
// It holds one line of the file in a buffer of its own (read ahead in 64 KiB chunks).
class CsvReader final
{
public:
    explicit CsvReader(QIODevice &device, CsvReadOptions options = {});

    // The next record: true and `record` filled, or false at the end of the input. An error
    // names the line ("line 12: a quoted field is not closed at the end of the file").
    Result<bool> next(CsvRecord &record);

    // The separator in use: the given one, or after the first record the detected one.
    CsvSeparator separator() const { return m_separator; }
    // Physical lines read so far.
    qint64 linesRead() const { return m_line; }
    // Bytes of the lines read so far (for progress).
    qint64 bytesRead() const { return m_bytes; }
    // The encoding in use: the given one, or after the first record the detected one.
    TextEncoding encoding() const { return m_encoding; }

    // The separator a header line suggests: the most frequent of comma, semicolon and tab
    // outside quotes; comma when none occurs.
    static CsvSeparator detectSeparator(QStringView line);

private:
    enum class ReadLine { Line, End };
    Result<ReadLine> readLine(QString &line);
    Status start();
    void splitWhitespace(QStringView line, QStringList &fields) const;
    void addField(QStringList &fields, QString &field) const;

    RawLineReader m_lines;
    CsvReadOptions m_options;
    CsvSeparator m_separator;
    TextEncoding m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder;
    bool m_started = false;
    bool m_looksUtf16 = false; // an 8-bit encoding was chosen for a file that looks like UTF-16
    qint64 m_line = 0;
    qint64 m_bytes = 0;
};

} // namespace Kizuna::Io
