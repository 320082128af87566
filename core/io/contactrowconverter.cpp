// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/contactrowconverter.h"

#include "core/io/importvalues.h"
#include "core/io/iotr.h"
#include "core/model/entities.h"
#include "core/model/fieldvalue.h"

#include <QHash>

namespace Kizuna::Io {

namespace {

enum Pseudo : qsizetype { Ignored = -1, FullName = -2, FullNameReading = -3, CompanyName = -4 };

// Google writes several values of one kind into one cell: "a@example.com ::: b@example.com".
QString firstOfMany(const QString &text)
{
    const qsizetype separator = text.indexOf(QStringLiteral(":::"));
    return separator < 0 ? text : text.left(separator).trimmed();
}

// Words people use for the choice values, beside the stored keys themselves.
const QHash<QString, QString> &choiceAliases(const QString &field)
{
    static const QHash<QString, QHash<QString, QString>> aliases = {
        {QStringLiteral("kind"),
         {{QStringLiteral("見込み客"), QStringLiteral("lead")}, {QStringLiteral("見込客"), QStringLiteral("lead")},
          {QStringLiteral("リード"), QStringLiteral("lead")}, {QStringLiteral("顧客"), QStringLiteral("customer")},
          {QStringLiteral("お客様"), QStringLiteral("customer")}, {QStringLiteral("既存顧客"), QStringLiteral("customer")},
          {QStringLiteral("パートナー"), QStringLiteral("partner")}, {QStringLiteral("その他"), QStringLiteral("other")}}},
        {QStringLiteral("lifecycle_stage"),
         {{QStringLiteral("購読者"), QStringLiteral("subscriber")}, {QStringLiteral("リード"), QStringLiteral("lead")},
          {QStringLiteral("見込み客"), QStringLiteral("lead")}, {QStringLiteral("有望リード"), QStringLiteral("qualified_lead")},
          {QStringLiteral("商談"), QStringLiteral("opportunity")}, {QStringLiteral("商談中"), QStringLiteral("opportunity")},
          {QStringLiteral("顧客"), QStringLiteral("customer")}, {QStringLiteral("推奨者"), QStringLiteral("evangelist")},
          {QStringLiteral("ファン"), QStringLiteral("evangelist")}, {QStringLiteral("離反"), QStringLiteral("churned")},
          {QStringLiteral("解約"), QStringLiteral("churned")}}},
        {QStringLiteral("source"),
         {{QStringLiteral("webフォーム"), QStringLiteral("web_form")}, {QStringLiteral("ウェブフォーム"), QStringLiteral("web_form")},
          {QStringLiteral("問い合わせフォーム"), QStringLiteral("web_form")}, {QStringLiteral("イベント"), QStringLiteral("event")},
          {QStringLiteral("展示会"), QStringLiteral("event")}, {QStringLiteral("紹介"), QStringLiteral("referral")},
          {QStringLiteral("広告"), QStringLiteral("ad")}, {QStringLiteral("来店"), QStringLiteral("walk_in")},
          {QStringLiteral("飛び込み"), QStringLiteral("walk_in")}, {QStringLiteral("インポート"), QStringLiteral("import")},
          {QStringLiteral("その他"), QStringLiteral("other")}}},
    };
    static const QHash<QString, QString> none;
    const auto found = aliases.constFind(field);
    return found == aliases.cend() ? none : *found;
}

// "Qualified Lead", "qualified-lead", "ＬＩＮＥ", "見込み客" → the stored key (unchecked).
QString choiceKey(const QString &field, const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    key.replace(u' ', u'_').replace(u'-', u'_');
    return choiceAliases(field).value(key, key);
}

QString boolText(const QString &text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("はい"), QStringLiteral("1")}, {QStringLiteral("いいえ"), QStringLiteral("0")},
        {QStringLiteral("○"), QStringLiteral("1")},    {QStringLiteral("〇"), QStringLiteral("1")},
        {QStringLiteral("×"), QStringLiteral("0")},    {QStringLiteral("有"), QStringLiteral("1")},
        {QStringLiteral("無"), QStringLiteral("0")},    {QStringLiteral("許可"), QStringLiteral("1")},
        {QStringLiteral("拒否"), QStringLiteral("0")},  {QStringLiteral("希望する"), QStringLiteral("1")},
        {QStringLiteral("希望しない"), QStringLiteral("0")}};
    const QString key = text.normalized(QString::NormalizationForm_KC).trimmed();
    return words.value(key, key);
}

} // namespace

struct ContactRowConverter::Raw
{
    QStringList text;         // by field index
    QList<qsizetype> column;  // the column each value came from (-1: none)
    QString fullName, reading, company;
    qsizetype fullNameColumn = -1, readingColumn = -1;
};

ContactRowConverter::ContactRowConverter(ColumnMapping mapping) : m_mapping(std::move(mapping))
{
    for (const QString &field : std::as_const(m_mapping.fields)) {
        if (field.isEmpty())
            m_targetIndex << Ignored;
        else if (field == u"full_name")
            m_targetIndex << FullName;
        else if (field == u"full_name_reading")
            m_targetIndex << FullNameReading;
        else if (field == u"company")
            m_targetIndex << CompanyName;
        else
            m_targetIndex << fieldIndex(field);
    }
}

const QStringList &ContactRowConverter::fields()
{
    static const QStringList names = [] {
        QStringList list = Model::entity(u"contact").fieldNames();
        list.removeAll(QStringLiteral("owner_id"));
        return list;
    }();
    return names;
}

qsizetype ContactRowConverter::fieldIndex(QStringView name)
{
    return fields().indexOf(name);
}

QString ContactRowConverter::headerOf(qsizetype column) const
{
    if (column < 0)
        return {};
    const QString header = m_mapping.headers.value(column);
    return header.isEmpty() ? Tr::tr("column %1").arg(column + 1) : header;
}

void ContactRowConverter::collect(const CsvRecord &record, Raw &raw) const
{
    static const qsizetype addressLine = fieldIndex(u"address_line");
    static const qsizetype notes = fieldIndex(u"notes");
    raw.text = QStringList(fields().size());
    raw.column = QList<qsizetype>(fields().size(), -1);
    const qsizetype columns = std::min(record.fields.size(), m_targetIndex.size());
    for (qsizetype column = 0; column < columns; ++column) {
        const qsizetype target = m_targetIndex.at(column);
        if (target == Ignored)
            continue;
        const QString value = record.fields.at(column).trimmed();
        if (value.isEmpty())
            continue;
        if (target == FullName) {
            if (raw.fullName.isEmpty())
                raw.fullName = value, raw.fullNameColumn = column;
        } else if (target == FullNameReading) {
            if (raw.reading.isEmpty())
                raw.reading = value, raw.readingColumn = column;
        } else if (target == CompanyName) {
            if (raw.company.isEmpty())
                raw.company = value;
        } else if (raw.text.at(target).isEmpty()) {
            raw.text[target] = value;
            raw.column[target] = column;
        } else if (target == addressLine) {
            raw.text[target] += u' ' + value;
        } else if (target == notes) {
            raw.text[target] += u'\n' + value;
        }
    }
}

bool ContactRowConverter::convert(const CsvRecord &record, ContactRow &row, QList<RejectedRow> &rejected) const
{
    const qsizetype expected = m_mapping.headers.size();
    if (record.fields.size() != expected) {
        const bool extraEmpty = record.fields.size() > expected
                                && std::all_of(record.fields.cbegin() + expected, record.fields.cend(),
                                               [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!extraEmpty) {
            rejected.append({record.line, QString(),
                             Tr::tr("the row has %1 fields but the header has %2 (a line break or separator "
                                    "inside an unquoted value?)")
                                 .arg(record.fields.size())
                                 .arg(expected)});
            return false;
        }
    }
    Raw raw;
    collect(record, raw);
    row.line = record.line;
    return check(raw, row, rejected);
}

bool ContactRowConverter::check(const Raw &raw, ContactRow &row, QList<RejectedRow> &rejected) const
{
    static const qsizetype family = fieldIndex(u"family_name"), given = fieldIndex(u"given_name"),
                           familyReading = fieldIndex(u"family_name_reading"),
                           givenReading = fieldIndex(u"given_name_reading"), email = fieldIndex(u"email"),
                           phone = fieldIndex(u"phone"), mobile = fieldIndex(u"mobile"),
                           country = fieldIndex(u"country");
    const Model::EntityDef &contact = Model::entity(u"contact");
    bool ok = true;
    const auto reject = [&](qsizetype column, const QString &message) {
        rejected.append({row.line, headerOf(column), message});
        ok = false;
    };
    row.values = QList<QVariant>(fields().size());
    row.companyName = raw.company;
    row.emailKey.clear();
    row.phoneKey.clear();
    row.mobileKey.clear();
    for (qsizetype i = 0; i < fields().size(); ++i) {
        const QString &text = raw.text.at(i);
        if (text.isEmpty())
            continue;
        const QString &name = fields().at(i);
        const qsizetype column = raw.column.at(i);
        if (i == email) {
            const QString address = normalizedEmail(firstOfMany(text));
            if (!isPlausibleEmail(address))
                reject(column, Tr::tr("not an email address: \"%1\"").arg(text));
            row.values[i] = address;
            row.emailKey = emailKey(address);
        } else if (i == phone || i == mobile) {
            const QString number = firstOfMany(text);
            if (std::none_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); }))
                reject(column, Tr::tr("not a phone number (no digits): \"%1\"").arg(text));
            row.values[i] = number;
            (i == phone ? row.phoneKey : row.mobileKey) = phoneKey(number);
        } else if (name == u"postal_code" && isJapan(raw.text.at(country))) {
            const QString code = japanesePostalCode(text);
            if (code.isEmpty())
                reject(column, Tr::tr("not a Japanese postal code (7 digits, such as 123-4567): \"%1\"").arg(text));
            row.values[i] = code;
        } else if (name == u"birthday") {
            const QDate date = parseImportDate(text);
            if (!date.isValid())
                reject(column, Tr::tr("not a date (such as 1980-03-15, 1980/3/15, 19800315 or 昭和55年3月15日): \"%1\"")
                                   .arg(text));
            row.values[i] = date.toString(Qt::ISODate);
        } else {
            const Model::FieldDef &def = *contact.field(name);
            QString input = text;
            if (def.type == Model::FieldType::Choice)
                input = choiceKey(name, text);
            else if (def.type == Model::FieldType::Bool)
                input = boolText(text);
            if (def.type == Model::FieldType::Choice && !def.choices.contains(input)) {
                reject(column, Tr::tr("not one of %1: \"%2\"").arg(def.choices.join(QStringLiteral(", ")), text));
                continue;
            }
            auto stored = Model::toStoredValue(contact, def, input);
            if (!stored.ok())
                reject(column, stored.error().message);
            else
                row.values[i] = *stored;
        }
    }
    // A full name (reading) fills the family and given name (readings) when those are not given.
    const auto split = [&](const QString &full, bool reading, qsizetype familyIndex, qsizetype givenIndex) {
        if (full.isEmpty() || row.has(familyIndex) || row.has(givenIndex))
            return;
        const PersonName parts = splitPersonName(full, reading);
        if (!parts.family.isEmpty())
            row.values[familyIndex] = parts.family;
        if (!parts.given.isEmpty())
            row.values[givenIndex] = parts.given;
    };
    split(raw.fullName, false, family, given);
    split(raw.reading, true, familyReading, givenReading);
    if (ok && !row.has(family) && !row.has(given) && !row.has(email) && !row.has(phone) && !row.has(mobile))
        reject(-1, Tr::tr("no name, email or phone number"));
    return ok;
}

} // namespace Kizuna::Io
