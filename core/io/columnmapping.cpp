// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/columnmapping.h"

#include "core/io/iotr.h"
#include "core/model/entities.h"
#include "core/storage/database.h"
#include "core/text/textfold.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kizuna::Io {

namespace {

const QString FullName = QStringLiteral("full_name");
const QString FullNameReading = QStringLiteral("full_name_reading");
const QString Company = QStringLiteral("company");
constexpr const char *SettingsPrefix = "import_mapping/contact/";

struct Suggestion
{
    QString field;
    bool vague = false; // may mean the field, or something else (Outlook's "Title" is Mr./Ms.)
};

// Headers as people and programs write them, by target. Matching is on the folded header, so
// width, case, kana script, spaces and punctuation do not matter here.
struct HeaderList
{
    const char *field;
    bool vague;
    std::initializer_list<const char *> headers;
};

const HeaderList Headers[] = {
    {"full_name", false,
     {"氏名", "名前", "お名前", "氏名（漢字）", "顧客名", "お客様名", "会員名", "宛名", "フルネーム", "name",
      "full name", "display name", "contact name", "customer name"}},
    {"full_name_reading", false,
     {"フリガナ", "ふりがな", "氏名（フリガナ）", "氏名（ふりがな）", "氏名カナ", "氏名かな", "カナ氏名", "カナ",
      "かな", "読み", "よみ", "よみがな", "読み仮名", "お名前（フリガナ）", "名前（フリガナ）", "furigana", "reading",
      "name reading", "kana", "phonetic name", "yomi", "Yomi Name"}},
    {"family_name", false,
     {"姓", "苗字", "名字", "氏", "姓（漢字）", "ラストネーム", "last name", "family name", "surname"}},
    {"given_name", false,
     {"名", "名（漢字）", "下の名前", "ファーストネーム", "first name", "given name", "forename"}},
    {"family_name_reading", false,
     {"セイ", "姓（フリガナ）", "姓（ふりがな）", "姓カナ", "姓かな", "姓読み", "フリガナ（姓）", "ふりがな（姓）",
      "Family Name Yomi", "Phonetic Last Name", "Last Name Phonetic", "Yomi Last Name", "Last Name Yomi",
      "family name reading"}},
    {"given_name_reading", false,
     {"メイ", "名（フリガナ）", "名（ふりがな）", "名カナ", "名かな", "名読み", "フリガナ（名）", "ふりがな（名）",
      "Given Name Yomi", "Phonetic First Name", "First Name Phonetic", "Yomi First Name", "First Name Yomi",
      "given name reading"}},
    {"email", false,
     {"メールアドレス", "メール", "Eメール", "Eメールアドレス", "電子メール", "電子メールアドレス", "電子メール アドレス",
      "PCメール", "PCメールアドレス", "メアド", "email", "e-mail", "email address", "e-mail address",
      "E-mail 1 - Value", "Email 1 - Value", "mail", "primary email"}},
    {"phone", false,
     {"電話番号", "電話", "TEL", "固定電話", "自宅電話", "会社電話", "勤務先電話", "代表電話", "phone", "phone number",
      "telephone", "tel.", "Phone 1 - Value", "Business Phone", "Home Phone", "Primary Phone", "work phone"}},
    {"mobile", false,
     {"携帯電話", "携帯番号", "携帯", "携帯電話番号", "携帯TEL", "mobile", "mobile phone", "mobile number", "cell",
      "cell phone", "cellphone"}},
    {"company", false,
     {"会社名", "会社", "勤務先", "勤務先名", "企業名", "法人名", "所属", "所属会社", "取引先", "取引先名", "company",
      "company name", "organization", "organisation", "Organization 1 - Name", "Organization Name",
      "account name"}},
    {"department", false,
     {"部署", "部署名", "部門", "所属部署", "department", "Organization 1 - Department",
      "Organization Department"}},
    {"title", false,
     {"役職", "役職名", "肩書", "肩書き", "job title", "Organization 1 - Title", "Organization Title", "position"}},
    {"title", true, {"title"}},
    {"postal_code", false,
     {"郵便番号", "〒", "郵便", "自宅郵便番号", "勤務先郵便番号", "会社郵便番号", "zip", "zip code", "postal code",
      "postcode", "Address 1 - Postal Code", "Business Postal Code", "Home Postal Code"}},
    {"prefecture", false,
     {"都道府県", "県", "都道府県名", "自宅都道府県", "勤務先都道府県", "prefecture", "state", "region",
      "Address 1 - Region", "Business State", "Home State"}},
    {"city", false,
     {"市区町村", "市町村", "市区郡", "自宅市区町村", "勤務先市区町村", "city", "Address 1 - City", "Business City",
      "Home City"}},
    {"address_line", false,
     {"住所", "番地", "町名番地", "住所1", "住所2", "住所３", "建物名", "自宅住所", "勤務先住所", "勤務先番地", "自宅番地",
      "address", "street", "address line 1", "address line 2", "Address 1 - Street",
      "Address 1 - Extended Address", "Business Street", "Business Street 2", "Home Street"}},
    {"country", false,
     {"国", "国名", "country", "Address 1 - Country", "Business Country/Region", "Home Country/Region"}},
    {"birthday", false, {"生年月日", "誕生日", "birthday", "birth date", "date of birth", "dob"}},
    {"notes", false, {"備考", "メモ", "備考欄", "コメント", "notes", "note", "memo", "comment", "comments"}},
    {"kind", false, {"種別", "区分", "顧客区分", "contact type", "kind"}},
    {"lifecycle_stage", false, {"ステージ", "ライフサイクル", "lifecycle stage", "lifecycle", "stage"}},
    {"source", false, {"流入経路", "獲得経路", "流入元", "チャネル", "source", "lead source"}},
    {"loyalty_points", false, {"ポイント", "保有ポイント", "points", "loyalty points"}},
    {"loyalty_rank", false, {"ランク", "会員ランク", "rank", "member rank", "loyalty rank", "tier"}},
    {"marketing_opt_in", false,
     {"メール配信", "配信許可", "メルマガ", "メルマガ購読", "opt in", "marketing opt in", "email opt in",
      "newsletter"}},
};

const QHash<QString, Suggestion> &dictionary()
{
    static const QHash<QString, Suggestion> table = [] {
        QHash<QString, Suggestion> t;
        for (const QString &target : ContactColumns::targets())
            t.insert(ContactColumns::foldHeader(target), {target, false});
        for (const HeaderList &list : Headers) {
            for (const char *header : list.headers)
                t.insert(ContactColumns::foldHeader(QString::fromUtf8(header)),
                         {QString::fromLatin1(list.field), list.vague});
        }
        return t;
    }();
    return table;
}

bool isIgnore(const QString &field)
{
    return field.isEmpty() || field == u"-" || field.compare(u"ignore", Qt::CaseInsensitive) == 0;
}

QString settingsKey(const QStringList &headers)
{
    return QString::fromLatin1(SettingsPrefix) + ContactColumns::layoutKey(headers);
}

} // namespace

qsizetype ColumnMapping::mappedCount() const
{
    return std::count_if(fields.cbegin(), fields.cend(), [](const QString &f) { return !f.isEmpty(); });
}

QString ColumnMapping::describe() const
{
    QStringList parts;
    for (qsizetype i = 0; i < headers.size(); ++i)
        parts << headers.at(i) + QStringLiteral(" → ")
                     + (fields.value(i).isEmpty() ? Tr::tr("(ignored)") : fields.value(i));
    return parts.join(QStringLiteral(", "));
}

namespace ContactColumns {

QStringList targets()
{
    QStringList list;
    for (const Model::FieldDef &field : Model::entity(u"contact").fields) {
        if (field.type == Model::FieldType::Reference)
            continue;
        list << field.name;
        if (field.name == u"given_name_reading")
            list << FullName << FullNameReading;
        if (field.name == u"mobile")
            list << Company;
    }
    return list;
}

bool isTarget(const QString &field)
{
    static const QStringList all = targets();
    return all.contains(field);
}

QString foldHeader(QStringView header)
{
    const QString folded = Text::foldForSearch(header);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isPunct() || c.isSpace())
            continue;
        out += c;
    }
    return out;
}

QString suggestField(QStringView header)
{
    const auto found = dictionary().constFind(foldHeader(header));
    return found == dictionary().cend() ? QString() : found->field;
}

ColumnMapping suggest(const QStringList &headers)
{
    ColumnMapping mapping;
    QList<bool> vague;
    for (const QString &header : headers) {
        mapping.headers << header.trimmed();
        const auto found = dictionary().constFind(foldHeader(header));
        mapping.fields << (found == dictionary().cend() ? QString() : found->field);
        vague << (found != dictionary().cend() && found->vague);
    }
    for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
        if (!vague.at(i))
            continue;
        for (qsizetype j = 0; j < mapping.fields.size(); ++j) {
            if (j != i && !vague.at(j) && mapping.fields.at(j) == mapping.fields.at(i)) {
                mapping.fields[i].clear();
                break;
            }
        }
    }
    return mapping;
}

Status applyOverrides(ColumnMapping &mapping, const QStringList &overrides)
{
    for (const QString &text : overrides) {
        const qsizetype equals = text.lastIndexOf(u'=');
        if (equals <= 0)
            return Error::badInput(Tr::tr("mapping \"%1\": expected HEADER=FIELD").arg(text));
        const QString header = text.left(equals).trimmed();
        const QString field = text.mid(equals + 1).trimmed();
        if (!isIgnore(field) && !isTarget(field))
            return Error::badInput(Tr::tr("mapping \"%1\": no contact field \"%2\" (fields: %3)")
                                       .arg(text, field, targets().join(QStringLiteral(", "))));
        qsizetype column = mapping.headers.indexOf(header);
        if (column < 0) {
            const QString folded = foldHeader(header);
            for (qsizetype i = 0; i < mapping.headers.size() && column < 0; ++i) {
                if (foldHeader(mapping.headers.at(i)) == folded)
                    column = i;
            }
        }
        if (column < 0) {
            bool isNumber = false;
            const int number = header.toInt(&isNumber);
            if (isNumber && number >= 1 && number <= mapping.headers.size())
                column = number - 1;
        }
        if (column < 0)
            return Error::badInput(Tr::tr("mapping \"%1\": no column \"%2\" in the header (columns: %3)")
                                       .arg(text, header, mapping.headers.join(QStringLiteral(", "))));
        mapping.fields[column] = isIgnore(field) ? QString() : field;
    }
    return {};
}

QString layoutKey(const QStringList &headers)
{
    QStringList folded;
    for (const QString &header : headers)
        folded << foldHeader(header);
    const QByteArray bytes = folded.join(QChar(u'\x1f')).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(20));
}

Result<ColumnMapping> remembered(Storage::Database &db, const QStringList &headers)
{
    auto select = db.cached("SELECT value FROM settings WHERE key = ?1");
    if (!select.ok())
        return select.error();
    (*select)->bind(1, settingsKey(headers));
    auto row = (*select)->step();
    if (!row.ok())
        return row.error();
    ColumnMapping mapping;
    if (!*row)
        return mapping;
    const QJsonArray fields = QJsonDocument::fromJson((*select)->columnText(0).toUtf8()).array();
    (*select)->reset();
    if (fields.size() != headers.size())
        return mapping; // written by something else: ignore
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString field = fields.at(i).toString();
        mapping.headers << headers.at(i).trimmed();
        mapping.fields << (isTarget(field) ? field : QString());
    }
    return mapping;
}

Status remember(Storage::Database &db, const ColumnMapping &mapping)
{
    auto upsert = db.cached("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!upsert.ok())
        return upsert.error();
    (*upsert)->bind(1, settingsKey(mapping.headers));
    (*upsert)->bind(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(mapping.fields))
                                             .toJson(QJsonDocument::Compact)));
    return (*upsert)->run();
}

} // namespace ContactColumns

} // namespace Kizuna::Io
