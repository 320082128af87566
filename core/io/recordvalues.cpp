// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordvalues.h"

#include "core/io/importvalues.h"
#include "core/text/textfold.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTime>
#include <QUrl>
#include <QVarLengthArray>

#include <cmath>

namespace Kizuna::Io {

namespace {

// Japanese legal forms, as NFKC leaves them (（株） and ㈱ both become "(株)"), in the order they
// are removed, grouped by a character each form of the group has.
struct JapaneseFormGroup
{
    char16_t marker;
    std::initializer_list<const char16_t *> forms;
};
const JapaneseFormGroup JapaneseForms[] = {
    {u'法', {u"特定非営利活動法人", u"一般社団法人", u"一般財団法人", u"公益社団法人", u"公益財団法人", u"社会福祉法人",
             u"医療法人社団", u"医療法人", u"学校法人", u"宗教法人", u"npo法人"}},
    {u'会', {u"株式会社", u"有限会社", u"合同会社", u"合資会社", u"合名会社"}},
    {u'(', {u"(株)", u"(有)", u"(同)", u"(合)", u"(資)", u"(名)", u"(社)", u"(財)"}}};

// Western legal forms, as the last words of a name.
const char16_t *const WesternForms[] = {u"inc", u"incorporated", u"co", u"ltd", u"limited", u"llc", u"corp",
                                        u"corporation", u"plc", u"gmbh", u"kk"};

// Most names have no legal form, or one: a group is only looked for when its marker is there.
void removeJapaneseForms(QString &text)
{
    for (const JapaneseFormGroup &group : JapaneseForms) {
        if (!text.contains(QChar(group.marker)))
            continue;
        for (const char16_t *form : group.forms) {
            const QStringView view(form);
            if (text.contains(view))
                text.remove(view.toString());
        }
    }
}

bool isWesternForm(QStringView word)
{
    return std::any_of(std::begin(WesternForms), std::end(WesternForms),
                       [&](const char16_t *form) { return word == QStringView(form); });
}

bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// The words of a folded name (split at anything that is not a letter or digit) joined without
// separators, without Western legal forms as the last words when a word stays before them.
QString joinedWords(QStringView text)
{
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> words; // start, length
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && isWordCharacter(text[i])) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            words.append({start, i - start});
            start = -1;
        }
    }
    while (words.size() > 1 && isWesternForm(text.sliced(words.back().first, words.back().second)))
        words.removeLast();
    QString key;
    key.reserve(text.size());
    for (const auto &[first, length] : words)
        key.append(text.sliced(first, length));
    return key;
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
    QString text = name.toString();
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) { // NFKC leaves ASCII as it is; Qt's case conversion costs ~1 µs even on ASCII
        for (QChar &c : text) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
        }
    } else {
        text = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    }
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x30A1 && u <= 0x30F6) || u == 0x30FD || u == 0x30FE) // katakana as hiragana
            c = QChar(char16_t(u - 0x60));
    }
    removeJapaneseForms(text);
    const QString key = joinedWords(text);
    return key.isEmpty() ? joinedWords(Text::foldForSearch(name)) : key;
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
