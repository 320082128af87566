// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CSV import path: encoding detection and decoding, the streaming reader (separator
// detection, quoting, records and their lines, the length limits), read from a QBuffer and
// again in short reads, and the records through the contact import's column suggestion and
// value checks (ContactRowConverter).
#include "chunkeddevice.h"
#include "fuzzharness.h"

#include "core/io/columnmapping.h"
#include "core/io/contactrowconverter.h"
#include "core/io/csvreader.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

// The option sets every input is read with: detection, fixed-width text, and the explicit
// encodings with small limits (so the "longer than" errors are reached with small inputs).
const CsvReadOptions Passes[] = {
    {CsvSeparator::Auto, 16 * 1024 * 1024, TextEncoding::Auto},
    {CsvSeparator::Whitespace, 16 * 1024 * 1024, TextEncoding::Auto},
    {CsvSeparator::Semicolon, 64, TextEncoding::ShiftJis},
    {CsvSeparator::Comma, 48, TextEncoding::Utf16LE},
    {CsvSeparator::Tab, 4096, TextEncoding::Utf16BE},
    {CsvSeparator::Comma, 256, TextEncoding::Utf8},
};

struct Outcome
{
    QList<CsvRecord> records;
    QString error;
    TextEncoding encoding = TextEncoding::Auto;
    CsvSeparator separator = CsvSeparator::Auto;

    bool operator==(const Outcome &other) const
    {
        if (records.size() != other.records.size() || error != other.error || encoding != other.encoding
            || separator != other.separator)
            return false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i).line != other.records.at(i).line || records.at(i).fields != other.records.at(i).fields)
                return false;
        }
        return true;
    }
};

// The line an error message names ("line 12: …"), or -1 when it names none.
qint64 lineOfError(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^line (\\d+): \\S"));
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void checkRecord(const CsvRecord &record, const CsvReadOptions &options)
{
    KIZUNA_FUZZ_CHECK(!record.fields.isEmpty());
    for (const QString &field : record.fields) {
        KIZUNA_FUZZ_CHECK(!field.contains(QChar(u'\0'))); // binary data is an error, never a value
        if (options.separator == CsvSeparator::Whitespace)
            KIZUNA_FUZZ_CHECK(!field.isEmpty() && !field.contains(u' ') && !field.contains(u'\t'));
    }
}

Outcome readAll(QIODevice &device, const CsvReadOptions &options, qsizetype inputSize)
{
    CsvReader reader(device, options);
    Outcome outcome;
    CsvRecord record;
    qint64 lastLine = 0, linesRead = 0, bytesRead = 0;
    for (;;) {
        auto more = reader.next(record);
        // Progress only goes forward and never past the input.
        KIZUNA_FUZZ_CHECK(reader.linesRead() >= linesRead);
        KIZUNA_FUZZ_CHECK(reader.bytesRead() >= bytesRead && reader.bytesRead() <= inputSize);
        linesRead = reader.linesRead();
        bytesRead = reader.bytesRead();
        if (!more.ok()) {
            // A clear message naming a line that exists, and nothing half read.
            outcome.error = more.error().message;
            KIZUNA_FUZZ_CHECK(more.error().kind == ErrorKind::BadInput);
            const qint64 line = lineOfError(outcome.error);
            KIZUNA_FUZZ_CHECK(line >= 1 && line <= reader.linesRead() + 1);
            KIZUNA_FUZZ_CHECK(record.fields.isEmpty());
            break;
        }
        if (!*more) {
            KIZUNA_FUZZ_CHECK(record.fields.isEmpty());
            break;
        }
        // Records start on later and later lines that have been read.
        KIZUNA_FUZZ_CHECK(record.line > lastLine && record.line <= reader.linesRead());
        lastLine = record.line;
        checkRecord(record, options);
        outcome.records << record;
        KIZUNA_FUZZ_CHECK(outcome.records.size() <= inputSize); // no endless loop
    }
    outcome.encoding = reader.encoding();
    outcome.separator = reader.separator();
    KIZUNA_FUZZ_CHECK(outcome.encoding != TextEncoding::Auto);
    return outcome;
}

// A file read without an error is text in the encoding the reader used, to its last byte:
// nothing was dropped or replaced on the way. (A line break after the end shows a character
// the stateful decoder still holds, cut at the end of the file.)
void checkCleanText(QByteArrayView bytes, const Outcome &outcome)
{
    if (!outcome.error.isEmpty())
        return;
    const auto decoder = newDecoder(outcome.encoding);
    QString text = decoder->decode(bytes);
    if (codeUnitBytes(outcome.encoding) == 2) {
        KIZUNA_FUZZ_CHECK(bytes.size() % 2 == 0);
        text += decoder->decode(QByteArrayView(outcome.encoding == TextEncoding::Utf16LE ? "\n\0" : "\0\n", 2));
        KIZUNA_FUZZ_CHECK(text.isValidUtf16());
    } else {
        text += decoder->decode(QByteArrayView("\n", 1));
    }
    KIZUNA_FUZZ_CHECK(!decoder->hasError());
    KIZUNA_FUZZ_CHECK(!text.contains(QChar(u'\0')));
}

void checkConversion(const ContactRowConverter &converter, const QList<CsvRecord> &records)
{
    ContactRow row;
    QList<RejectedRow> rejected;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const qsizetype before = rejected.size();
        if (converter.convert(records.at(i), row, rejected)) {
            KIZUNA_FUZZ_CHECK(rejected.size() == before);
            KIZUNA_FUZZ_CHECK(row.values.size() == ContactRowConverter::fields().size());
        } else {
            // Every problem names the record's line, a column and what is wrong.
            KIZUNA_FUZZ_CHECK(rejected.size() > before);
            for (qsizetype k = before; k < rejected.size(); ++k) {
                KIZUNA_FUZZ_CHECK(rejected.at(k).line == records.at(i).line);
                KIZUNA_FUZZ_CHECK(!rejected.at(k).message.isEmpty());
            }
        }
    }
}

// The first record as a header: the mapping the import suggests for it, and one that maps the
// columns to every target in turn so that each value check sees the fuzzer's text.
void convertContacts(const QList<CsvRecord> &records)
{
    if (records.isEmpty())
        return;
    const QStringList headers = records.first().fields;
    const ColumnMapping suggested = ContactColumns::suggest(headers);
    KIZUNA_FUZZ_CHECK(suggested.fields.size() == headers.size());
    checkConversion(ContactRowConverter(suggested), records);

    const QStringList targets = ContactColumns::targets();
    ColumnMapping everyTarget;
    everyTarget.headers = headers;
    for (qsizetype i = 0; i < headers.size(); ++i)
        everyTarget.fields << targets.at((i + headers.first().size()) % targets.size());
    checkConversion(ContactRowConverter(everyTarget), records);
}

} // namespace

KIZUNA_FUZZ_TARGET(csv)(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const CsvReadOptions &options : Passes) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const Outcome whole = readAll(buffer, options, bytes.size());
        Fuzz::ChunkedDevice chunked(bytes);
        const Outcome pieces = readAll(chunked, options, bytes.size());
        KIZUNA_FUZZ_CHECK(whole == pieces); // the same whatever size the reads come in
        checkCleanText(bytes, whole);
        if (&options == &Passes[0])
            convertContacts(whole.records);
    }
    return 0;
}
