// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/vcardtext.h"

namespace Kizuna::Io::VCardText {

namespace {

constexpr qsizetype FoldOctets = 75;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QString unescape(QStringView value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            result += c;
            continue;
        }
        const QChar next = value.at(++i);
        if (next == u'n' || next == u'N')
            result += u'\n';
        else if (next == u',' || next == u';' || next == u'\\' || next == u':')
            result += next;
        else
            result += c, result += next;
    }
    return result;
}

QString escape(QStringView value)
{
    QString result;
    result.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' || c == u',' || c == u';')
            result += u'\\', result += c;
        else if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c != u'\r')
            result += c;
    }
    return result;
}

QStringList splitUnescaped(QStringView value, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\') {
            ++i;
        } else if (value.at(i) == separator) {
            parts << value.mid(start, i - start).toString();
            start = i + 1;
        }
    }
    parts << value.mid(start).toString();
    return parts;
}

QStringList splitValues(QStringView value, QChar separator)
{
    QStringList parts = splitUnescaped(value, separator);
    for (QString &part : parts)
        part = unescape(part);
    return parts;
}

QByteArray decodeQuotedPrintable(QByteArrayView bytes, bool *ok)
{
    QByteArray result;
    result.reserve(bytes.size());
    *ok = true;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '=') {
            result += c;
            continue;
        }
        if (i + 2 >= bytes.size()) {
            *ok = false;
            return result;
        }
        const int high = hexValue(bytes.at(i + 1)), low = hexValue(bytes.at(i + 2));
        if (high < 0 || low < 0) {
            *ok = false;
            return result;
        }
        result += char(high * 16 + low);
        i += 2;
    }
    return result;
}

QByteArray foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / FoldOctets * 3 + 2);
    qsizetype start = 0;
    qsizetype limit = FoldOctets;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80) // not inside a UTF-8 sequence
            --end;
        folded += utf8.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        limit = FoldOctets - 1; // the leading space counts
    }
    folded += utf8.mid(start);
    folded += "\r\n";
    return folded;
}

} // namespace Kizuna::Io::VCardText
