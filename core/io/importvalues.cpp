// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importvalues.h"

#include "core/model/personname.h"
#include "core/text/phonedigits.h"

#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace Kizuna::Io {

namespace {

constexpr qsizetype MaxEmailLength = 254;
constexpr qsizetype MinPhoneKeyDigits = 6;

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// NFKC, which leaves ASCII as it is (most values of big files are ASCII: skip the work).
QString nfkc(QStringView text)
{
    return isAscii(text) ? text.toString() : text.toString().normalized(QString::NormalizationForm_KC);
}

// "1980/3/15", "1980-03-15", "1980.3.15" without a regular expression (the common case).
QDate simpleDate(QStringView text)
{
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    QChar separator;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            ++digits[part];
        } else if ((c == u'/' || c == u'-' || c == u'.') && part < 2 && (separator.isNull() || c == separator)) {
            separator = c;
            ++part;
        } else {
            return {};
        }
    }
    if (part != 2 || digits[0] != 4 || digits[1] < 1 || digits[1] > 2 || digits[2] < 1 || digits[2] > 2)
        return {};
    return QDate(parts[0], parts[1], parts[2]);
}

bool isNameSpace(QChar c)
{
    return c.isSpace() || c == u'\u3000';
}

// The words of a name, split at any run of spaces (ASCII or ideographic).
QStringList nameWords(QStringView text)
{
    QStringList words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isNameSpace(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isNameSpace(text[i]))
            ++i;
        if (i > start)
            words << text.sliced(start, i - start).toString();
    }
    return words;
}

int eraStartYear(QStringView era)
{
    static const std::pair<const char16_t *, int> eras[] = {
        {u"令和", 2019}, {u"R", 2019}, {u"平成", 1989}, {u"H", 1989}, {u"昭和", 1926},
        {u"S", 1926},   {u"大正", 1912}, {u"T", 1912}, {u"明治", 1868}, {u"M", 1868}};
    for (const auto &[name, year] : eras) {
        if (era.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return year;
    }
    return 0;
}

QDate dateOf(int year, const QString &month, const QString &day)
{
    return QDate(year, month.toInt(), day.toInt());
}

} // namespace

PersonName splitPersonName(QStringView fullName, bool reading)
{
    const QString text = fullName.trimmed().toString();
    PersonName name;
    const qsizetype comma = text.indexOf(u',') >= 0 ? text.indexOf(u',') : text.indexOf(u'、');
    if (comma >= 0) {
        name.family = nameWords(QStringView(text).first(comma)).join(u' ');
        name.given = nameWords(QStringView(text).sliced(comma + 1)).join(u' ');
        return name;
    }
    const QStringList words = nameWords(text);
    if (words.isEmpty())
        return name;
    if (words.size() == 1) {
        name.family = words.first();
        return name;
    }
    if (reading || Model::containsCjk(text)) {
        name.family = words.first();
        name.given = words.mid(1).join(u' ');
    } else {
        name.family = words.last();
        name.given = words.first(words.size() - 1).join(u' ');
    }
    return name;
}

QDate parseImportDate(QStringView input)
{
    if (const QDate date = simpleDate(input); date.isValid())
        return date;
    QString text = nfkc(input).trimmed();
    if (text.isEmpty())
        return {};
    // A date-time: "1980-03-15T00:00:00", or "1980/3/15 0:00" as Excel writes it.
    if (const qsizetype t = text.indexOf(u'T'); t == 10)
        text.truncate(t);
    if (const qsizetype space = text.indexOf(u' '); space > 0) {
        const QString time = text.mid(space + 1);
        if (QTime::fromString(time, QStringLiteral("H:mm")).isValid()
            || QTime::fromString(time, QStringLiteral("H:mm:ss")).isValid())
            text.truncate(space);
    }
    static const QRegularExpression western(QStringLiteral(R"(^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression japanese(
        QStringLiteral(R"(^(令和|平成|昭和|大正|明治|[RHSTMrhstm])\s*(\d{1,2}|元)[-/.年](\d{1,2})[-/.月](\d{1,2})日?$)"));
    if (const auto m = western.match(text); m.hasMatch())
        return dateOf(m.captured(1).toInt(), m.captured(2), m.captured(3));
    if (const auto m = compact.match(text); m.hasMatch())
        return dateOf(m.captured(1).toInt(), m.captured(2), m.captured(3));
    if (const auto m = japanese.match(text); m.hasMatch()) {
        const int start = eraStartYear(m.captured(1));
        const int year = m.captured(2) == u"元" ? 1 : m.captured(2).toInt();
        if (start == 0 || year < 1)
            return {};
        return dateOf(start + year - 1, m.captured(3), m.captured(4));
    }
    return {};
}

QString normalizedEmail(QStringView text)
{
    return nfkc(text).trimmed();
}

bool isPlausibleEmail(QStringView email)
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s.][^@\s]*\.[^@\s]*[^@\s.]$)"));
    if (email.size() > MaxEmailLength)
        return false;
    for (const QChar c : email) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return shape.match(email.toString()).hasMatch();
}

QString emailKey(QStringView email)
{
    return normalizedEmail(email).toCaseFolded();
}

QString phoneKey(QStringView phone)
{
    if (isAscii(phone)) {
        // The common case without Unicode normalisation: digits, and +81 / 0081 as national.
        QString digits;
        digits.reserve(phone.size());
        for (const QChar c : phone) {
            if (c >= u'0' && c <= u'9')
                digits += c;
        }
        const bool international = phone.trimmed().startsWith(u'+') || digits.startsWith(u"00");
        if (international) {
            const QString national = digits.startsWith(u"00") ? digits.mid(2) : digits;
            if (national.startsWith(u"81") && national.size() >= 11)
                digits = u'0' + national.mid(2);
        }
        return digits.size() >= MinPhoneKeyDigits ? digits : QString();
    }
    const QStringList keys = Text::phoneSearchKeys(phone);
    if (keys.isEmpty())
        return {};
    // For an international Japanese number the second key is the national form; for a national
    // one the first is.
    const QString trimmed = phone.trimmed().toString().normalized(QString::NormalizationForm_KC);
    const bool international = trimmed.startsWith(u'+') || keys.first().startsWith(u"00");
    const QString key = international && keys.size() > 1 ? keys.at(1) : keys.first();
    return key.size() >= MinPhoneKeyDigits ? key : QString();
}

QString japanesePostalCode(QStringView text)
{
    const QString normalized = nfkc(text);
    QString digits;
    for (const QChar c : normalized) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (!(c.isSpace() || c == u'-' || c == u'〒' || c == u'\u2212' || c == u'\u30FC' || c == u'\u2010'))
            return {};
    }
    if (digits.size() != 7)
        return {};
    return digits.first(3) + u'-' + digits.sliced(3);
}

bool isJapan(QStringView country)
{
    const QString c = country.trimmed().toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    return c.isEmpty() || c == u"日本" || c == u"japan" || c == u"jp" || c == u"jpn" || c == u"日本国";
}

} // namespace Kizuna::Io
