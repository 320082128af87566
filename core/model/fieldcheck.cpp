// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fieldcheck.h"

#include "core/model/modeltr.h"

#include <QDate>
#include <QRegularExpression>

namespace Kizuna::Model::FieldCheck {

namespace {

// NFKC folds full-width digits, hyphens and the ideographic space to ASCII.
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

QString postalDigits(const QString &text)
{
    QString code = folded(text);
    if (code.startsWith(u'〒'))
        code = code.mid(1).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})-?(\\d{4})$"));
    const auto match = pattern.match(code);
    return match.hasMatch() ? match.captured(1) + match.captured(2) : QString();
}

} // namespace

QString email(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!pattern.match(value).hasMatch())
        return Tr::tr("\"%1\" is not an email address (expected name@example.com)").arg(value);
    return {};
}

QString phone(const QString &text)
{
    QString value = folded(text);
    // Dashes people type in Japanese phone numbers: minus sign, en/em dash, long vowel mark …
    for (const char16_t dash : {u'\u2010', u'\u2011', u'\u2012', u'\u2013', u'\u2014', u'\u2212', u'\u30FC'})
        value.replace(QChar(dash), u'-');
    if (value.isEmpty())
        return {};
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()\\-.]+$"));
    if (!allowed.match(value).hasMatch())
        return Tr::tr("\"%1\" is not a phone number: use digits, spaces, hyphens or parentheses")
            .arg(text.trimmed());
    qsizetype digits = 0;
    for (const QChar c : value)
        digits += c.isDigit() ? 1 : 0;
    if (digits < 6 || digits > 15)
        return Tr::tr("\"%1\" has %2 digits; a phone number has 6 to 15")
            .arg(text.trimmed())
            .arg(digits);
    return {};
}

QString postalCode(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    if (postalDigits(text).isEmpty())
        return Tr::tr("\"%1\" is not a postal code (expected 7 digits such as 150-0001)")
            .arg(text.trimmed());
    return {};
}

QString normalisedPostalCode(const QString &text)
{
    const QString digits = postalDigits(text);
    return digits.isEmpty() ? text.trimmed() : digits.left(3) + u'-' + digits.mid(3);
}

QString date(const QString &text)
{
    const QString value = folded(text);
    if (value.isEmpty())
        return {};
    for (const auto *format : {"yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd"}) {
        const QDate parsed = QDate::fromString(value, QString::fromLatin1(format));
        if (parsed.isValid()) {
            if (parsed.year() < 1900 || parsed.year() > 2200)
                return Tr::tr("\"%1\" is outside the years 1900 to 2200").arg(value);
            return {};
        }
    }
    return Tr::tr("\"%1\" is not a date (expected YYYY-MM-DD, e.g. 1985-04-12)").arg(value);
}

} // namespace Kizuna::Model::FieldCheck
