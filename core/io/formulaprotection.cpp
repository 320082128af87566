// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/formulaprotection.h"

namespace Kizuna::Io {

namespace {

// Full-width ASCII (U+FF01–U+FF5E: ＝ ＋ － ＠ ０ …) as ASCII and the ideographic space (U+3000) as
// a space: spreadsheets take what a Japanese input method typed as the ASCII character.
char16_t halfWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return static_cast<char16_t>(u - 0xFEE0);
    return u == 0x3000 ? u' ' : u;
}

QString halfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(QChar(halfWidth(c)));
    return out;
}

bool startsFormula(char16_t u)
{
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r';
}

// Where a formula would start: after the leading spaces (ASCII or ideographic), which the
// spreadsheets skip; -1 when the first other character does not start one (or there is none).
qsizetype formulaStart(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && halfWidth(text[i]) == u' ')
        ++i;
    return i < text.size() && startsFormula(halfWidth(text[i])) ? i : -1;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Digits, spaces, hyphens, dots, commas, parentheses and slashes only (phone numbers, amounts).
bool isNumberLike(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isAsciiDigit(c) && u != u' ' && u != u'-' && u != u'.' && u != u',' && u != u'(' && u != u')'
            && u != u'/')
            return false;
    }
    return true;
}

// digits [. digits] e|E [+|-] digits, as a real number is written in exponent form.
bool isExponentNumber(QStringView text)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        digits();
    }
    if (i >= text.size() || (text[i] != u'e' && text[i] != u'E'))
        return false;
    ++i;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    return digits() && i == text.size();
}

} // namespace

bool needsFormulaProtection(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == u'\'')
        return isProtectedFormula(text);
    const qsizetype start = formulaStart(text);
    if (start < 0)
        return false;
    const char16_t sign = halfWidth(text[start]);
    if (sign == u'+' || sign == u'-') {
        // The number and phone exemption, on full-width digits and signs as on ASCII ones.
        const QString rest = halfWidth(text.sliced(start + 1));
        return !isNumberLike(rest) && !isExponentNumber(rest);
    }
    return true;
}

QString protectFormula(QStringView text)
{
    if (!needsFormulaProtection(text))
        return text.toString();
    QString protectedText;
    protectedText.reserve(text.size() + 1);
    protectedText.append(u'\'').append(text);
    return protectedText;
}

bool isProtectedFormula(QStringView text)
{
    qsizetype quotes = 0;
    while (quotes < text.size() && text[quotes] == u'\'')
        ++quotes;
    return quotes > 0 && formulaStart(text.sliced(quotes)) >= 0;
}

QString unprotectFormula(const QString &text)
{
    return isProtectedFormula(text) ? text.sliced(1) : text;
}

} // namespace Kizuna::Io
