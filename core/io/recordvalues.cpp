// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordvalues.h"

#include "core/io/importvalues.h"
#include "core/text/textfold.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTime>
#include <QUrl>

#include <cmath>

namespace Kizuna::Io {

namespace {

// Japanese legal forms, as NFKC leaves them (（株） and ㈱ both become "(株)").
const char16_t *const JapaneseForms[] = {
    u"特定非営利活動法人", u"一般社団法人", u"一般財団法人", u"公益社団法人", u"公益財団法人", u"社会福祉法人",
    u"医療法人社団", u"医療法人", u"学校法人", u"宗教法人", u"npo法人", u"株式会社", u"有限会社", u"合同会社",
    u"合資会社", u"合名会社", u"(株)", u"(有)", u"(同)", u"(合)", u"(資)", u"(名)", u"(社)", u"(財)"};

// Western legal forms, as the last words of a name.
const char16_t *const WesternForms[] = {u"inc", u"incorporated", u"co", u"ltd", u"limited", u"llc", u"corp",
                                        u"corporation", u"plc", u"gmbh", u"kk"};

bool isWesternForm(const QString &word)
{
    return std::any_of(std::begin(WesternForms), std::end(WesternForms),
                       [&](const char16_t *form) { return word == QStringView(form); });
}

// The words of a folded name, split at anything that is not a letter or digit.
QStringList nameWords(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QTime parseTime(const QString &text)
{
    static const char *const formats[] = {"H:mm", "H:mm:ss", "H:mm:ss.zzz", "H時m分", "H時mm分", "H時m分s秒", "H時"};
    for (const char *format : formats) {
        const QTime time = QTime::fromString(text, QString::fromUtf8(format));
        if (time.isValid())
            return time;
    }
    return {};
}

} // namespace

QString companyKey(QStringView name)
{
    QString text = Text::katakanaToHiragana(name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded());
    for (const char16_t *form : JapaneseForms)
        text.remove(QString::fromUtf16(form));
    QStringList words = nameWords(text);
    while (words.size() > 1 && isWesternForm(words.last()))
        words.removeLast();
    const QString key = words.join(QString());
    return key.isEmpty() ? nameWords(Text::foldForSearch(name)).join(QString()) : key;
}

QString webDomain(QStringView input)
{
    QString text = input.trimmed().toString().normalized(QString::NormalizationForm_KC).toLower();
    if (text.isEmpty() || text.contains(u' '))
        return {};
    if (const qsizetype at = text.lastIndexOf(u'@'); at >= 0 && !text.contains(QStringLiteral("://")))
        text = text.mid(at + 1);
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("http://"));
    const QUrl url(text, QUrl::StrictMode);
    QString host = url.isValid() ? url.host() : QString();
    if (host.startsWith(QStringLiteral("www.")))
        host = host.mid(4);
    const bool plausible = host.contains(u'.') && !host.startsWith(u'.') && !host.endsWith(u'.')
                           && !host.contains(QStringLiteral(".."))
                           && std::all_of(host.cbegin(), host.cend(), [](QChar c) {
                                  return c.isLetterOrNumber() || c == u'-' || c == u'.';
                              });
    return plausible ? host : QString();
}

QDateTime parseImportDateTime(QStringView input)
{
    const QString text = input.trimmed().toString().normalized(QString::NormalizationForm_KC);
    if (text.isEmpty())
        return {};
    if (const QDate date = parseImportDate(text); date.isValid() && !text.contains(u':') && !text.contains(u'時'))
        return QDateTime(date, QTime(0, 0));
    if (text.size() > 10 && text.at(10) == u'T') {
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        return time.isValid() ? time : QDateTime::fromString(text, Qt::ISODate);
    }
    // "2024/4/1 9:30", "2024年4月1日 9時30分", "2024年4月1日9時30分".
    qsizetype split = text.indexOf(u' ');
    qsizetype timeStart = split + 1;
    if (split < 0 && text.indexOf(u'日') > 0) {
        split = text.indexOf(u'日') + 1;
        timeStart = split;
    }
    if (split <= 0)
        return {};
    const QDate date = parseImportDate(QStringView(text).first(split));
    const QTime time = parseTime(text.mid(timeStart).trimmed());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

std::optional<int> parseDurationMinutes(QStringView input)
{
    QString text = input.toString().normalized(QString::NormalizationForm_KC).toLower();
    text.remove(u' ');
    if (text.isEmpty())
        return std::nullopt;
    bool plain = false;
    if (const int minutes = text.toInt(&plain); plain)
        return minutes >= 0 ? std::optional<int>(minutes) : std::nullopt;
    static const QRegularExpression clock(QStringLiteral(R"(^(\d+):([0-5]\d)(?::[0-5]\d)?$)"));
    if (const auto m = clock.match(text); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    static const QRegularExpression words(
        QStringLiteral(R"(^(?:(\d+(?:\.\d+)?)(?:時間|h|hr|hrs|hour|hours))?(?:(\d+)(?:分|分間|m|min|mins|minute|minutes))?$)"));
    const auto m = words.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    const double hours = m.captured(1).isEmpty() ? 0.0 : m.captured(1).toDouble();
    return int(std::lround(hours * 60)) + m.captured(2).toInt();
}

} // namespace Kizuna::Io
