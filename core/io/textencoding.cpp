// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/textencoding.h"

#include "core/io/iotr.h"

#include <QByteArray>

namespace Kizuna::Io {

namespace {

bool startsWith(QByteArrayView bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && bytes.first(length) == QByteArrayView(prefix, length);
}

// Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// The allowed range of the second byte after a lead byte (no overlongs, surrogates or > U+10FFFF).
std::pair<unsigned char, unsigned char> secondByteRange(unsigned char lead)
{
    switch (lead) {
    case 0xE0:
        return {0xA0, 0xBF};
    case 0xED:
        return {0x80, 0x9F};
    case 0xF0:
        return {0x90, 0xBF};
    case 0xF4:
        return {0x80, 0x8F};
    default:
        return {0x80, 0xBF};
    }
}

struct NulPattern
{
    qsizetype units = 0;
    qsizetype evenNuls = 0; // NUL bytes at even offsets (the high byte of ASCII in UTF-16 BE)
    qsizetype oddNuls = 0;  // NUL bytes at odd offsets (the high byte of ASCII in UTF-16 LE)
};

NulPattern nulPattern(QByteArrayView sample)
{
    NulPattern pattern;
    pattern.units = sample.size() / 2;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        pattern.evenNuls += sample[i] == '\0';
        pattern.oddNuls += sample[i + 1] == '\0';
    }
    return pattern;
}

// UTF-16 without a BOM: CSV always has ASCII separators and line breaks, whose high byte is
// NUL, while text in UTF-8 or CP932 has no NUL at all.
std::optional<TextEncoding> utf16ByNuls(QByteArrayView sample)
{
    const NulPattern p = nulPattern(sample);
    if (p.units < 2)
        return std::nullopt;
    const qsizetype enough = std::max<qsizetype>(1, p.units / 16);
    if (p.oddNuls >= enough && p.evenNuls * 8 <= p.oddNuls)
        return TextEncoding::Utf16LE;
    if (p.evenNuls >= enough && p.oddNuls * 8 <= p.evenNuls)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// UTF-16 with few ASCII characters (long Japanese texts: a line break in hundreds of
// characters), for a sample that is neither UTF-8 nor CP932: zero bytes on one side only, and the
// text decodes as UTF-16 with line breaks and without NUL characters.
std::optional<TextEncoding> sparseUtf16(QByteArrayView sample, bool complete)
{
    const NulPattern p = nulPattern(sample);
    TextEncoding encoding;
    if (p.oddNuls > 0 && p.evenNuls * 8 <= p.oddNuls)
        encoding = TextEncoding::Utf16LE;
    else if (p.evenNuls > 0 && p.oddNuls * 8 <= p.evenNuls)
        encoding = TextEncoding::Utf16BE;
    else
        return std::nullopt;
    const QString text = newDecoder(encoding)->decode(complete ? sample : sample.first(sample.size() & ~qsizetype(1)));
    if (!text.contains(u'\n') || text.contains(QChar(u'\0')))
        return std::nullopt;
    // A surrogate pair cut at the end of a partial sample is fine; anything else must be whole.
    const QStringView whole = !complete && !text.isEmpty() && text.back().isHighSurrogate() ? QStringView(text).chopped(1)
                                                                                            : QStringView(text);
    if (!whole.isValidUtf16())
        return std::nullopt;
    return encoding;
}

bool decodesCleanly(TextEncoding encoding, QByteArrayView sample)
{
    const auto decoder = newDecoder(encoding);
    const QString text = decoder->decode(sample);
    // A character cut at the end of the sample stays pending in the (stateful) decoder.
    return !decoder->hasError() && !text.contains(QChar(u'\0'));
}

} // namespace

bool isValidUtf8(QByteArrayView bytes, bool complete)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Fast path over ASCII.
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(data[i]);
        if (length == 0)
            return false;
        if (i + length > size) {
            // Cut at the end: the bytes that are there must still fit.
            if (complete)
                return false;
        }
        const auto [low, high] = secondByteRange(data[i]);
        for (int k = 1; k < length && i + k < size; ++k) {
            const unsigned char c = data[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                return false;
        }
        i += length;
    }
    return true;
}

DetectedEncoding detectEncoding(QByteArrayView sample, bool complete)
{
    if (startsWith(sample, "\xEF\xBB\xBF", 3))
        return {TextEncoding::Utf8, 3};
    if (startsWith(sample, "\xFF\xFE", 2))
        return {TextEncoding::Utf16LE, 2};
    if (startsWith(sample, "\xFE\xFF", 2))
        return {TextEncoding::Utf16BE, 2};
    if (const auto utf16 = utf16ByNuls(sample))
        return {*utf16, 0};
    if (isValidUtf8(sample, complete))
        return {TextEncoding::Utf8, 0};
    if (decodesCleanly(TextEncoding::ShiftJis, sample))
        return {TextEncoding::ShiftJis, 0};
    if (const auto utf16 = sparseUtf16(sample, complete))
        return {*utf16, 0};
    return {TextEncoding::Utf8, 0};
}

TextEncoding refineUtf16(TextEncoding chosen, QByteArrayView sample)
{
    if (chosen != TextEncoding::Utf16LE && chosen != TextEncoding::Utf16BE)
        return chosen;
    if (startsWith(sample, "\xFF\xFE", 2))
        return TextEncoding::Utf16LE;
    if (startsWith(sample, "\xFE\xFF", 2))
        return TextEncoding::Utf16BE;
    if (const auto byNuls = utf16ByNuls(sample))
        return *byNuls;
    return sparseUtf16(sample, false).value_or(chosen);
}

std::optional<QString> chosenEncodingMismatch(TextEncoding chosen, QByteArrayView sample, bool complete)
{
    if (chosen != TextEncoding::Utf16LE && chosen != TextEncoding::Utf16BE)
        return std::nullopt;
    if (sample.size() < 2 || startsWith(sample, "\xFF\xFE", 2) || startsWith(sample, "\xFE\xFF", 2)
        || sample.contains('\0'))
        return std::nullopt;
    const TextEncoding found = detectEncoding(sample, complete).encoding;
    return Tr::tr("the text is not UTF-16: it has no byte order mark and none of the zero bytes UTF-16 has in "
                  "every line break and comma; it looks like %1 — choose that encoding (%2) or auto")
        .arg(encodingLabel(found), encodingName(found));
}

bool looksLikeUtf16(QByteArrayView sample)
{
    if (startsWith(sample, "\xFF\xFE", 2) || startsWith(sample, "\xFE\xFF", 2))
        return true;
    // The NUL pattern alone can be a few stray NULs in a short file: UTF-16 text also has its
    // line breaks where UTF-16 has them.
    const auto byNuls = utf16ByNuls(sample);
    return byNuls && QString(newDecoder(*byNuls)->decode(sample)).contains(u'\n');
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower().replace(u'_', u'-');
    if (n == u"auto")
        return TextEncoding::Auto;
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf-16" || n == u"utf16" || n == u"utf-16le" || n == u"utf16le")
        return TextEncoding::Utf16LE;
    if (n == u"utf-16be" || n == u"utf16be")
        return TextEncoding::Utf16BE;
    if (n == u"shift-jis" || n == u"sjis" || n == u"shiftjis" || n == u"cp932" || n == u"windows-31j"
        || n == u"ms932")
        return TextEncoding::ShiftJis;
    return std::nullopt;
}

QStringList encodingNames()
{
    return {QStringLiteral("auto"), QStringLiteral("utf-8"), QStringLiteral("utf-16"),
            QStringLiteral("utf-16le"), QStringLiteral("utf-16be"), QStringLiteral("shift_jis")};
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::ShiftJis:
        return QStringLiteral("shift_jis");
    }
    return {};
}

QString encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16");
    case TextEncoding::ShiftJis:
        return QStringLiteral("Shift_JIS (CP932)");
    }
    return {};
}

namespace {

template<typename Converter>
std::unique_ptr<Converter> newConverter(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return std::make_unique<Converter>(QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return std::make_unique<Converter>(QStringConverter::Utf16BE);
    case TextEncoding::ShiftJis:
        // Qt hands this name to ICU, whose converter is IBM-943: CP932 with the NEC and IBM
        // extension characters.
        return std::make_unique<Converter>("windows-31j");
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    return std::make_unique<Converter>(QStringConverter::Utf8);
}

} // namespace

std::unique_ptr<QStringDecoder> newDecoder(TextEncoding encoding)
{
    return newConverter<QStringDecoder>(encoding);
}

std::unique_ptr<QStringEncoder> newEncoder(TextEncoding encoding)
{
    return newConverter<QStringEncoder>(encoding);
}

int codeUnitBytes(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE ? 2 : 1;
}

} // namespace Kizuna::Io
