// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/activityimportrules.h"

#include "core/io/importvalues.h"
#include "core/io/iotr.h"
#include "core/io/recordcolumns.h"
#include "core/io/recordvalues.h"
#include "core/model/entities.h"
#include "core/text/textfold.h"

#include <QHash>

namespace Kizuna::Io {

namespace {

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

QList<ImportTarget> activityTargets()
{
    return {
        {QStringLiteral("type"), ValueKind::Choice,
         utf8List({"種別", "種類", "区分", "活動種別", "対応種別", "対応方法", "接触方法", "type", "activity type", "kind"})},
        {QStringLiteral("direction"), ValueKind::Choice,
         utf8List({"方向", "受発信", "発信/受信", "送受信", "direction", "in/out"})},
        {QStringLiteral("channel"), ValueKind::Text, utf8List({"チャネル", "チャンネル", "経路", "媒体", "channel", "medium"})},
        {QStringLiteral("subject"), ValueKind::Text,
         utf8List({"件名", "題名", "タイトル", "用件", "表題", "subject", "title", "topic"})},
        {QStringLiteral("body"), ValueKind::JoinedText,
         utf8List({"内容", "本文", "詳細", "対応内容", "メモ", "備考", "body", "notes", "note", "description", "details",
                   "content", "comment", "comments", "memo"})},
        {QStringLiteral("occurred_at"), ValueKind::DateTime,
         utf8List({"日時", "日付", "対応日", "対応日時", "実施日", "実施日時", "活動日", "活動日時", "年月日", "date",
                   "date time", "datetime", "time", "occurred at", "when", "timestamp", "activity date"})},
        {QStringLiteral("duration_minutes"), ValueKind::Duration,
         utf8List({"所要時間", "所要時間（分）", "時間（分）", "通話時間", "対応時間", "duration", "duration minutes",
                   "duration (minutes)", "minutes", "length"})},
        {QStringLiteral("outcome"), ValueKind::Text, utf8List({"結果", "成果", "対応結果", "outcome", "result"})},
        {QStringLiteral("contact_email"), ValueKind::Link,
         utf8List({"メールアドレス", "メール", "Eメール", "Eメールアドレス", "電子メール", "email", "e-mail",
                   "email address", "e-mail address", "contact email"})},
        {QStringLiteral("contact_phone"), ValueKind::Link,
         utf8List({"電話番号", "電話", "携帯電話", "携帯番号", "TEL", "phone", "phone number", "telephone", "mobile",
                   "contact phone"})},
        {QStringLiteral("contact_name"), ValueKind::Link,
         utf8List({"氏名", "名前", "お名前", "顧客名", "お客様名", "相手", "contact", "contact name", "name", "customer",
                   "customer name"})},
        {QStringLiteral("company"), ValueKind::Link,
         utf8List({"会社名", "社名", "企業名", "会社", "取引先", "取引先名", "company", "company name", "organization",
                   "account", "account name"})},
        {QStringLiteral("deal"), ValueKind::Link,
         utf8List({"商談", "商談名", "案件", "案件名", "deal", "deal title", "deal name", "opportunity"})},
    };
}

// A choice word as looked up: NFKC, lower case, trimmed, spaces and hyphens as '_'.
QString choiceWord(const QString &text)
{
    QString word = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    return word.replace(u' ', u'_').replace(u'-', u'_');
}

QHash<QString, QString> wordTable(std::initializer_list<std::pair<const char *, const char *>> words)
{
    QHash<QString, QString> table;
    for (const auto &[word, key] : words)
        table.insert(choiceWord(QString::fromUtf8(word)), QString::fromLatin1(key));
    return table;
}

const QHash<QString, QString> &choiceWords(const QString &field)
{
    static const QHash<QString, QString> types = wordTable({
        {"電話", "call"}, {"架電", "call"}, {"通話", "call"}, {"着信", "call"}, {"TEL", "call"}, {"phone", "call"},
        {"phone call", "call"}, {"telephone", "call"}, {"メール", "email"}, {"Eメール", "email"},
        {"電子メール", "email"}, {"e-mail", "email"}, {"mail", "email"}, {"打ち合わせ", "meeting"},
        {"打合せ", "meeting"}, {"打ち合せ", "meeting"}, {"会議", "meeting"}, {"ミーティング", "meeting"},
        {"面談", "meeting"}, {"商談", "meeting"}, {"オンライン会議", "meeting"}, {"訪問", "visit"},
        {"来訪", "visit"}, {"来店", "visit"}, {"チャット", "chat"}, {"LINE", "chat"}, {"SNS", "sns"},
        {"webフォーム", "web_form"}, {"ウェブフォーム", "web_form"}, {"問い合わせフォーム", "web_form"},
        {"フォーム", "web_form"}, {"form", "web_form"}, {"手紙", "letter"}, {"郵送", "letter"}, {"郵便", "letter"},
        {"DM", "letter"}, {"はがき", "letter"}, {"ハガキ", "letter"}, {"メモ", "note"}, {"備考", "note"},
        {"memo", "note"}, {"クレーム", "complaint"}, {"苦情", "complaint"}, {"要望", "feedback"},
        {"ご意見", "feedback"}, {"フィードバック", "feedback"}, {"アンケート", "survey"},
    });
    static const QHash<QString, QString> directions = wordTable({
        {"受信", "in"}, {"着信", "in"}, {"受", "in"}, {"入", "in"}, {"インバウンド", "in"}, {"inbound", "in"},
        {"incoming", "in"}, {"received", "in"}, {"送信", "out"}, {"発信", "out"}, {"発", "out"}, {"出", "out"},
        {"アウトバウンド", "out"}, {"outbound", "out"}, {"outgoing", "out"}, {"sent", "out"},
    });
    static const QHash<QString, QString> none;
    return field == u"type" ? types : field == u"direction" ? directions : none;
}

QString textOf(const QVariant &value)
{
    return value.isValid() && !value.isNull() ? value.toString() : QString();
}

QString nameKey(const QString &first, const QString &second)
{
    return Text::foldForSearch(QString(first + second));
}

// contacts: email, phone, mobile, family_name, given_name, company_id.
QStringList contactKeys(const QList<QVariant> &v)
{
    QStringList keys;
    if (const QString email = emailKey(textOf(v.at(0))); !email.isEmpty())
        keys << u"e:" + email;
    for (int i : {1, 2}) {
        if (const QString phone = phoneKey(textOf(v.at(i))); !phone.isEmpty())
            keys << u"p:" + phone;
    }
    const QString family = textOf(v.at(3)), given = textOf(v.at(4));
    if (!family.isEmpty() || !given.isEmpty())
        keys << u"n:" + nameKey(family, given);
    if (!family.isEmpty() && !given.isEmpty())
        keys << u"n:" + nameKey(given, family);
    return keys;
}

// How each link column finds its record: the lookup key of a value, and the problems.
struct LinkKind
{
    const char16_t *target;
    QString (*key)(const QString &value);
    const char *none;    // no record
    const char *several; // more than one
};

const LinkKind ContactLinks[] = {
    {u"contact_email", [](const QString &v) -> QString { return u"e:" + emailKey(v); },
     QT_TRANSLATE_NOOP("Kizuna::Io", "no contact has the email \"%1\""),
     QT_TRANSLATE_NOOP("Kizuna::Io", "several contacts have the email \"%1\"")},
    {u"contact_phone", [](const QString &v) -> QString { return u"p:" + phoneKey(v); },
     QT_TRANSLATE_NOOP("Kizuna::Io", "no contact has the phone number \"%1\""),
     QT_TRANSLATE_NOOP("Kizuna::Io", "several contacts have the phone number \"%1\"; add their email")},
    {u"contact_name", [](const QString &v) -> QString { return u"n:" + Text::foldForSearch(v); },
     QT_TRANSLATE_NOOP("Kizuna::Io", "no contact is named \"%1\""),
     QT_TRANSLATE_NOOP("Kizuna::Io", "several contacts are named \"%1\"; add their email or phone number")},
};
const LinkKind CompanyLink = {u"company", [](const QString &v) -> QString { return u"c:" + companyKey(v); },
                              QT_TRANSLATE_NOOP("Kizuna::Io", "no company is named \"%1\""),
                              QT_TRANSLATE_NOOP("Kizuna::Io", "several companies are named \"%1\"")};
const LinkKind DealLink = {u"deal", [](const QString &v) -> QString { return u"t:" + Text::foldForSearch(v); },
                           QT_TRANSLATE_NOOP("Kizuna::Io", "no deal has the title \"%1\""),
                           QT_TRANSLATE_NOOP("Kizuna::Io", "several deals have the title \"%1\"")};

QString problem(const LinkKind &kind, RecordLookup::Match::State state, const QString &value)
{
    return Tr::tr(state == RecordLookup::Match::State::Several ? kind.several : kind.none).arg(value);
}

} // namespace

ActivityImportRules::ActivityImportRules() : m_targets(activityTargets()) {}

ActivityImportRules::~ActivityImportRules() = default;

const Model::EntityDef &ActivityImportRules::entity() const
{
    return Model::entity(u"activity");
}

Status ActivityImportRules::checkMapping(const ColumnMapping &mapping) const
{
    const auto has = [&](const char *field) { return mapping.fields.contains(QString::fromLatin1(field)); };
    const QString columns = mapping.headers.join(QStringLiteral(", "));
    if (!has("type"))
        return Error::badInput(Tr::tr("no column is the activity type (columns: %1); map one with HEADER=FIELD, "
                                      "e.g. \"%2=type\"")
                                   .arg(columns, mapping.headers.value(0)));
    if (!has("occurred_at"))
        return Error::badInput(Tr::tr("no column is the date of the activity (columns: %1); map one with "
                                      "HEADER=FIELD, e.g. \"%2=occurred_at\"")
                                   .arg(columns, mapping.headers.value(0)));
    if (!has("contact_email") && !has("contact_phone") && !has("contact_name") && !has("company") && !has("deal"))
        return Error::badInput(Tr::tr("no column names the contact, company or deal of the activity (columns: %1); "
                                      "map one to contact_email, contact_phone, contact_name, company or deal")
                                   .arg(columns));
    return {};
}

QString ActivityImportRules::choiceKey(const QString &field, const QString &text) const
{
    const QString word = choiceWord(text);
    return choiceWords(field).value(word, word);
}

Status ActivityImportRules::begin(Storage::Database &db, const ColumnMapping &mapping)
{
    m_mapping = mapping;
    const QStringList fields = entity().fieldNames();
    m_contactId = fields.indexOf(QStringLiteral("contact_id"));
    m_companyId = fields.indexOf(QStringLiteral("company_id"));
    m_dealId = fields.indexOf(QStringLiteral("deal_id"));
    QString contactKinds;
    for (const auto &[target, kind] : {std::pair{"contact_email", u'e'}, {"contact_phone", u'p'}, {"contact_name", u'n'}}) {
        if (mapping.fields.contains(QString::fromLatin1(target)))
            contactKinds += QChar(kind);
    }
    m_contacts = std::make_unique<RecordLookup>(
        QStringLiteral("contacts"),
        QStringList{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("mobile"),
                    QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("company_id")},
        contactKeys);
    m_companies = std::make_unique<RecordLookup>(
        QStringLiteral("companies"), QStringList{QStringLiteral("name")}, [](const QList<QVariant> &v) {
            return QStringList{u"c:" + companyKey(textOf(v.at(0)))};
        });
    m_deals = std::make_unique<RecordLookup>(
        QStringLiteral("deals"),
        QStringList{QStringLiteral("title"), QStringLiteral("contact_id"), QStringLiteral("company_id")},
        [](const QList<QVariant> &v) { return QStringList{u"t:" + Text::foldForSearch(textOf(v.at(0)))}; });
    if (!contactKinds.isEmpty())
        KIZUNA_TRY(m_contacts->load(db, contactKinds));
    if (mapping.fields.contains(QStringLiteral("company")))
        KIZUNA_TRY(m_companies->load(db, QStringLiteral("c")));
    if (mapping.fields.contains(QStringLiteral("deal")))
        KIZUNA_TRY(m_deals->load(db, QStringLiteral("t")));
    return {};
}

bool ActivityImportRules::required(RecordRow &row, const QString &field, const QString &problem,
                                   QList<RejectedRow> &rejected) const
{
    if (row.values.at(entity().fieldNames().indexOf(field)).isValid())
        return true;
    rejected.append({row.line, headerFor(m_mapping, field), problem});
    return false;
}

// The contact of the row: by email, else phone, else name — the first that finds one contact.
// When none does, the row is rejected with the problem of the first value given.
Result<bool> ActivityImportRules::linkContact(RecordRow &row, QList<RejectedRow> &rejected)
{
    std::optional<RejectedRow> firstProblem;
    for (const LinkKind &kind : ContactLinks) {
        const RecordRow::Link *link = row.link(kind.target);
        if (!link)
            continue;
        auto match = m_contacts->find(kind.key(link->value));
        if (!match.ok())
            return match.error();
        if (match->state == RecordLookup::Match::State::One) {
            row.values[m_contactId] = match->id;
            if (!row.values.at(m_companyId).isValid() && !match->values.at(5).isNull())
                row.values[m_companyId] = match->values.at(5);
            return true;
        }
        if (!firstProblem)
            firstProblem = RejectedRow{row.line, link->header, problem(kind, match->state, link->value)};
    }
    if (firstProblem)
        rejected.append(*firstProblem);
    return !firstProblem;
}

Result<bool> ActivityImportRules::linkOther(RecordRow &row, const QString &target, QList<RejectedRow> &rejected)
{
    const bool company = target == QStringView(CompanyLink.target);
    const LinkKind &kind = company ? CompanyLink : DealLink;
    const RecordRow::Link *link = row.link(kind.target);
    if (!link)
        return true;
    auto match = (company ? m_companies : m_deals)->find(kind.key(link->value));
    if (!match.ok())
        return match.error();
    if (match->state != RecordLookup::Match::State::One) {
        rejected.append({row.line, link->header, problem(kind, match->state, link->value)});
        return false;
    }
    row.values[company ? m_companyId : m_dealId] = match->id;
    if (!company && !match->values.at(1).isNull() && !row.values.at(m_contactId).isValid())
        row.values[m_contactId] = match->values.at(1);
    if (!company && !match->values.at(2).isNull() && !row.values.at(m_companyId).isValid())
        row.values[m_companyId] = match->values.at(2);
    return true;
}

Result<bool> ActivityImportRules::complete(RecordRow &row, QList<RejectedRow> &rejected)
{
    bool ok = required(row, QStringLiteral("type"), Tr::tr("no activity type"), rejected);
    ok = required(row, QStringLiteral("occurred_at"), Tr::tr("no date"), rejected) && ok;
    // The company first: a company column wins over the contact's company.
    for (const QString &target : {QStringLiteral("company"), QStringLiteral("deal")}) {
        auto linked = linkOther(row, target, rejected);
        if (!linked.ok())
            return linked.error();
        ok = *linked && ok;
    }
    auto contact = linkContact(row, rejected);
    if (!contact.ok())
        return contact.error();
    ok = *contact && ok;
    if (ok && !row.values.at(m_contactId).isValid() && !row.values.at(m_companyId).isValid()
        && !row.values.at(m_dealId).isValid()) {
        rejected.append({row.line, QString(), Tr::tr("no contact, company or deal to link the activity to")});
        ok = false;
    }
    return ok;
}

QStringList ActivityImportRules::keyFields() const
{
    return {QStringLiteral("contact_id"), QStringLiteral("company_id"), QStringLiteral("deal_id"),
            QStringLiteral("type"), QStringLiteral("occurred_at"), QStringLiteral("subject")};
}

QStringList ActivityImportRules::duplicateKeys(const QList<QVariant> &v) const
{
    QString owner;
    for (int i = 0; i < 3 && owner.isEmpty(); ++i) {
        if (const QString id = textOf(v.at(i)); !id.isEmpty())
            owner = QString::number(i) + id;
    }
    if (owner.isEmpty())
        return {};
    const QChar separator(u'\x1f');
    return {owner + separator + textOf(v.at(3)) + separator + textOf(v.at(4)) + separator + textOf(v.at(5))};
}

} // namespace Kizuna::Io
