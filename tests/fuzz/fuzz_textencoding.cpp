// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes encoding detection and decoding (core/io/textencoding): the UTF-8 check against Qt's
// decoder, detection on whole and cut samples, and decoding line by line with one stateful
// decoder — as the readers do — against decoding at once.
#include "fuzzharness.h"

#include "core/io/textencoding.h"

#include <QByteArray>
#include <QString>

using namespace Kizuna::Io;

namespace {

constexpr TextEncoding Encodings[] = {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                      TextEncoding::ShiftJis};

// Qt's own verdict on UTF-8 (a byte order mark at the start is not an error; stateless, so a
// sequence cut at the end is one).
bool qtSaysUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

void checkUtf8Validation(QByteArrayView bytes)
{
    const bool valid = isValidUtf8(bytes, true);
    KIZUNA_FUZZ_CHECK(valid == qtSaysUtf8(bytes));
    // A cut sample of valid text is still accepted when the sample is not the whole file.
    if (valid) {
        for (qsizetype cut : {bytes.size() - 1, bytes.size() - 2, bytes.size() - 3, bytes.size() / 2}) {
            if (cut > 0)
                KIZUNA_FUZZ_CHECK(isValidUtf8(bytes.first(cut), false));
        }
    }
}

void checkDetection(QByteArrayView bytes)
{
    for (bool complete : {true, false}) {
        const DetectedEncoding detected = detectEncoding(bytes, complete);
        KIZUNA_FUZZ_CHECK(detected.encoding != TextEncoding::Auto);
        KIZUNA_FUZZ_CHECK(detected.byteOrderMark >= 0 && detected.byteOrderMark <= bytes.size());
        KIZUNA_FUZZ_CHECK(detected.byteOrderMark == 0 || detected.byteOrderMark == 2 || detected.byteOrderMark == 3);
        if (detected.byteOrderMark == 3)
            KIZUNA_FUZZ_CHECK(detected.encoding == TextEncoding::Utf8);
        if (detected.byteOrderMark == 2)
            KIZUNA_FUZZ_CHECK(detected.encoding == TextEncoding::Utf16LE || detected.encoding == TextEncoding::Utf16BE);
        // A chosen UTF-16 keeps a byte order; other encodings are left alone.
        const TextEncoding refined = refineUtf16(TextEncoding::Utf16LE, bytes);
        KIZUNA_FUZZ_CHECK(refined == TextEncoding::Utf16LE || refined == TextEncoding::Utf16BE);
        KIZUNA_FUZZ_CHECK(refineUtf16(TextEncoding::ShiftJis, bytes) == TextEncoding::ShiftJis);
    }
}

// Splits at LF code units, as CsvReader does before decoding each line.
QList<QByteArrayView> lines(QByteArrayView bytes, TextEncoding encoding)
{
    QList<QByteArrayView> result;
    const int unit = codeUnitBytes(encoding);
    qsizetype start = 0;
    for (qsizetype i = 0; i + unit <= bytes.size(); i += unit) {
        const bool lf = unit == 1 ? bytes[i] == '\n'
                                  : (encoding == TextEncoding::Utf16LE ? bytes[i] == '\n' && bytes[i + 1] == '\0'
                                                                       : bytes[i] == '\0' && bytes[i + 1] == '\n');
        if (lf) {
            result << bytes.sliced(start, i + unit - start);
            start = i + unit;
        }
    }
    if (start < bytes.size())
        result << bytes.sliced(start);
    return result;
}

void checkDecoding(QByteArrayView bytes)
{
    for (TextEncoding encoding : Encodings) {
        const auto whole = newDecoder(encoding);
        const QString text = whole->decode(bytes);
        const bool wholeError = whole->hasError();

        const auto stateful = newDecoder(encoding);
        QString joined;
        for (QByteArrayView line : lines(bytes, encoding))
            joined += stateful->decode(line);
        if (!wholeError) {
            KIZUNA_FUZZ_CHECK(!stateful->hasError());
            KIZUNA_FUZZ_CHECK(joined == text);
        }
        if (wholeError || text.startsWith(QChar(0xFEFF)))
            continue;
        // Clean text goes back to bytes and reads the same.
        const auto encoder = newEncoder(encoding);
        const QByteArray encoded = encoder->encode(text);
        KIZUNA_FUZZ_CHECK(!encoder->hasError());
        const auto again = newDecoder(encoding);
        KIZUNA_FUZZ_CHECK(again->decode(encoded) == text);
    }
}

void checkNames(QByteArrayView bytes)
{
    const QString name = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 32)));
    if (const auto encoding = encodingFromName(name)) {
        KIZUNA_FUZZ_CHECK(!encodingName(*encoding).isEmpty() && !encodingLabel(*encoding).isEmpty());
        KIZUNA_FUZZ_CHECK(encodingFromName(encodingName(*encoding)) == *encoding);
    }
}

} // namespace

KIZUNA_FUZZ_TARGET(textencoding)(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkUtf8Validation(bytes);
    checkDetection(bytes);
    checkDecoding(bytes);
    checkNames(bytes);
    return 0;
}
