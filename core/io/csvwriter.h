// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/textencoding.h"
#include "core/storage/result.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <memory>

class QIODevice;

namespace Kizuna::Io {

struct CsvOptions
{
    bool byteOrderMark = false; // start with a UTF-8 BOM (for spreadsheet programs that want one)
    char delimiter = ',';
    // Utf8 (default) or ShiftJis (CP932, for Japanese Excel); a character CP932 does not have
    // stops the writer with an error naming the row. No BOM with ShiftJis.
    TextEncoding encoding = TextEncoding::Utf8;
    // A field a spreadsheet would open as a formula (=…, +…, -…, @…) is written with a single
    // quote in front; CsvReader takes it off again. See formulaprotection.h.
    bool formulaProtection = true;
};

// Writes RFC 4180 CSV in UTF-8 (or Shift_JIS) to a device: records end with CRLF; a field that contains the
// delimiter, a double quote, CR or LF is enclosed in double quotes with inner quotes doubled.
// A null field is written as nothing, an empty (non-null) one as "" so the two stay distinct.
// Fields are protected against formula injection unless CsvOptions::formulaProtection is off.
// Output is buffered; write errors are remembered and reported by flush()/finish().
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &device, CsvOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void addField(QStringView text, bool isNull = false);
    void addNull() { addField({}, true); }
    void endRow();
    void writeRow(const QStringList &fields);

    // Passes the buffered bytes to the device.
    Status flush();
    // Ends an unfinished row, flushes, and reports the first write error if there was one.
    Status finish();

    qint64 rowsWritten() const { return m_rows; }

    // One field as it appears in the file (without delimiter), e.g. `a"b` → `"a""b"` (without
    // formula protection).
    static QByteArray encodeField(QStringView text, char delimiter = ',');

private:
    void appendField(QStringView text, bool isNull);
    bool encodeBuffer();

    QIODevice &m_device;
    CsvOptions m_options;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_rowOpen = false;
    bool m_failed = false;
    QString m_errorText;
    std::unique_ptr<QStringEncoder> m_encoder; // for encodings other than UTF-8
    qint64 m_rowsFlushed = 0;
    bool m_unencodable = false; // m_errorText names the row and character
};

} // namespace Kizuna::Io
