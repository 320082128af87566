// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/companyimportrules.h"

#include "core/io/iotr.h"
#include "core/io/recordcolumns.h"
#include "core/io/recordvalues.h"
#include "core/model/entities.h"

namespace Kizuna::Io {

namespace {

QList<ImportTarget> companyTargets()
{
    const auto list = [](std::initializer_list<const char *> headers) {
        QStringList out;
        for (const char *header : headers)
            out << QString::fromUtf8(header);
        return out;
    };
    return {
        {QStringLiteral("name"), ValueKind::Text,
         list({"会社名", "社名", "企業名", "法人名", "会社", "取引先", "取引先名", "屋号", "company", "company name",
               "organization", "organisation", "organization name", "account name", "business name"})},
        {QStringLiteral("name_reading"), ValueKind::Reading,
         list({"会社名フリガナ", "会社名（フリガナ）", "会社名カナ", "会社名ふりがな", "社名フリガナ", "社名カナ",
               "企業名フリガナ", "企業名カナ", "フリガナ", "ふりがな", "カナ", "読み", "よみ", "よみがな", "読み仮名",
               "reading", "furigana", "kana", "name reading", "company reading"})},
        {QStringLiteral("domain"), ValueKind::Domain,
         list({"ドメイン", "webサイト", "ウェブサイト", "ホームページ", "hp", "url", "サイト", "website", "web site",
               "homepage", "web", "domain", "company domain", "company website"})},
        {QStringLiteral("industry"), ValueKind::Text, list({"業種", "業界", "業態", "industry", "sector"})},
        {QStringLiteral("size"), ValueKind::Text,
         list({"規模", "企業規模", "従業員数", "社員数", "従業員規模", "size", "company size", "employees",
               "number of employees", "headcount"})},
        {QStringLiteral("phone"), ValueKind::Phone,
         list({"電話番号", "代表電話", "代表電話番号", "電話", "代表番号", "tel", "phone", "phone number", "telephone",
               "main phone", "business phone"})},
        {QStringLiteral("postal_code"), ValueKind::PostalCode,
         list({"郵便番号", "〒", "zip", "zip code", "postal code", "postcode"})},
        {QStringLiteral("prefecture"), ValueKind::Text,
         list({"都道府県", "県", "都道府県名", "prefecture", "state", "region"})},
        {QStringLiteral("city"), ValueKind::Text, list({"市区町村", "市町村", "市区郡", "city"})},
        {QStringLiteral("address_line"), ValueKind::JoinedText,
         list({"住所", "番地", "町名番地", "所在地", "住所1", "住所2", "建物名", "address", "street", "address line 1",
               "address line 2"})},
        {QStringLiteral("country"), ValueKind::Text, list({"国", "国名", "country"})},
        {QStringLiteral("notes"), ValueKind::JoinedText,
         list({"備考", "メモ", "備考欄", "コメント", "notes", "note", "memo", "comment", "comments"})},
    };
}

QString text(const QVariant &value)
{
    return value.isValid() && !value.isNull() ? value.toString() : QString();
}

} // namespace

CompanyImportRules::CompanyImportRules() : m_targets(companyTargets()) {}

const Model::EntityDef &CompanyImportRules::entity() const
{
    return Model::entity(u"company");
}

Status CompanyImportRules::checkMapping(const ColumnMapping &mapping) const
{
    if (mapping.fields.contains(QStringLiteral("name")))
        return {};
    return Error::badInput(Tr::tr("no column is the company name (columns: %1); map one with HEADER=FIELD, "
                                  "e.g. \"%2=name\"")
                               .arg(mapping.headers.join(QStringLiteral(", ")), mapping.headers.value(0)));
}

QString CompanyImportRules::choiceKey(const QString &, const QString &text) const
{
    return text; // companies have no choices
}

Status CompanyImportRules::begin(Storage::Database &, const ColumnMapping &mapping)
{
    m_nameHeader = headerFor(mapping, QStringLiteral("name"));
    m_name = entity().fieldNames().indexOf(QStringLiteral("name"));
    return {};
}

Result<bool> CompanyImportRules::complete(RecordRow &row, QList<RejectedRow> &rejected)
{
    if (row.values.at(m_name).isValid())
        return true;
    rejected.append({row.line, m_nameHeader, Tr::tr("no company name")});
    return false;
}

QStringList CompanyImportRules::keyFields() const
{
    return {QStringLiteral("name"), QStringLiteral("domain")};
}

QStringList CompanyImportRules::duplicateKeys(const QList<QVariant> &keyValues) const
{
    QStringList keys;
    if (const QString name = companyKey(text(keyValues.at(0))); !name.isEmpty())
        keys << u"n:" + name;
    if (const QString domain = webDomain(text(keyValues.at(1))); !domain.isEmpty())
        keys << u"d:" + domain;
    return keys;
}

bool CompanyImportRules::keepsValue(const QString &field) const
{
    return field == u"name" || field == u"domain";
}

} // namespace Kizuna::Io
