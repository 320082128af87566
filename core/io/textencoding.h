// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringConverter>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

#include <memory>
#include <optional>

namespace Kizuna::Io {

// The text encodings of the files people import: what spreadsheets, address books and
// Japanese Excel ("CSV (コンマ区切り)" is Shift_JIS) write.
enum class TextEncoding {
    Auto,     // detect from the first bytes (see detectEncoding)
    Utf8,     // with or without a byte order mark
    Utf16LE,
    Utf16BE,
    ShiftJis  // Microsoft's code page 932 (windows-31j): Shift_JIS with the NEC and IBM
              // extensions Excel writes (①, ㈱, 髙, 﨑); ICU's converter, through Qt
};

// What the first bytes of a file say about its encoding.
struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype byteOrderMark = 0; // bytes of the BOM at the start (to skip)
};

// How many bytes detectEncoding() wants to see.
constexpr qsizetype EncodingSampleBytes = 64 * 1024;

// Detects the encoding from the start of a file (`sample`; `complete` when it is the whole
// file, so a multi-byte character cut at its end counts as an error):
//  1. a byte order mark: UTF-8, UTF-16 LE or BE;
//  2. UTF-16 without BOM: NUL bytes at (mostly) odd or even offsets, as ASCII text in UTF-16 has;
//  3. valid UTF-8 (plain ASCII included) → UTF-8;
//  4. text that decodes cleanly as CP932 → Shift_JIS;
//  5. UTF-16 with fewer NUL bytes (mostly Japanese text): NULs on one side only, and the bytes
//     decode as UTF-16 with line breaks;
//  6. otherwise UTF-8, so the reader stops at the first bad line and names it.
DetectedEncoding detectEncoding(QByteArrayView sample, bool complete);

// True when the bytes are valid UTF-8; a sequence cut at the end is accepted unless `complete`.
bool isValidUtf8(QByteArrayView bytes, bool complete);

// The encoding for a user's name of it, case-insensitive: auto; utf-8/utf8; utf-16 (LE, but see
// refineUtf16), utf-16le, utf-16be;
// shift_jis/shift-jis/sjis/cp932/windows-31j/ms932. Nothing for an unknown name.
std::optional<TextEncoding> encodingFromName(QStringView name);
// The names encodingFromName accepts, for messages ("auto, utf-8, utf-16, …").
QStringList encodingNames();
// The canonical name: "utf-8", "utf-16le", "utf-16be", "shift_jis", "auto".
QString encodingName(TextEncoding encoding);
// For messages: "UTF-8", "UTF-16", "Shift_JIS (CP932)".
QString encodingLabel(TextEncoding encoding);

// A stateful decoder / encoder for an encoding (Auto is treated as UTF-8); it skips (decoder)
// a byte order mark at the start; errors show in hasError(). On the heap and never moved: Qt 6.4
// hands ICU's converters (Shift_JIS) the address of the converter's state for error callbacks,
// so a moved QStringDecoder reports errors to a dead object.
std::unique_ptr<QStringDecoder> newDecoder(TextEncoding encoding);
std::unique_ptr<QStringEncoder> newEncoder(TextEncoding encoding);

// For a chosen UTF-16 encoding: the byte order the sample's BOM or NUL pattern shows, when it
// shows one (a file said to be "UTF-16" is read the way it is written); `chosen` otherwise.
TextEncoding refineUtf16(TextEncoding chosen, QByteArrayView sample);

// For an encoding the user chose (not Auto): why the start of the file (`sample`; `complete` when
// it is the whole file) cannot be text in it, naming what detectEncoding finds instead; nothing
// when it can. The test, for UTF-16 without a byte order mark: a CSV file in UTF-16 has a zero
// byte in every line break, separator, digit and Latin letter (U+0000–U+007F are 00 xx or xx 00),
// while text in UTF-8 or CP932 never has one — so two bytes or more without any zero byte are
// not UTF-16 (decoding them would only give CJK-looking garbage). Other encodings: nothing here
// (CsvReader names the first line that is not valid, see looksLikeUtf16).
std::optional<QString> chosenEncodingMismatch(TextEncoding chosen, QByteArrayView sample, bool complete);

// True when the sample starts with a UTF-16 byte order mark, or has the zero bytes of UTF-16
// text (as detectEncoding sees them) and, read as UTF-16, line breaks.
bool looksLikeUtf16(QByteArrayView sample);

// Bytes per code unit: 2 for UTF-16, 1 otherwise.
int codeUnitBytes(TextEncoding encoding);

} // namespace Kizuna::Io
