// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordrowconverter.h"

#include "core/io/importvalues.h"
#include "core/io/iotr.h"
#include "core/io/recordvalues.h"
#include "core/model/entities.h"
#include "core/model/fieldvalue.h"
#include "core/storage/clock.h"

namespace Kizuna::Io {

namespace {

// A row with more or fewer fields than the header (trailing empty fields are fine).
bool isRagged(const CsvRecord &record, qsizetype expected)
{
    if (record.fields.size() < expected)
        return true;
    return std::any_of(record.fields.cbegin() + expected, record.fields.cend(),
                       [](const QString &field) { return !field.trimmed().isEmpty(); });
}

QChar joinSeparator(const QString &field)
{
    return field == u"address_line" ? QChar(u' ') : QChar(u'\n');
}

} // namespace

const RecordRow::Link *RecordRow::link(QStringView target) const
{
    for (const Link &l : links) {
        if (l.target == target)
            return &l;
    }
    return nullptr;
}

RecordRowConverter::RecordRowConverter(const RecordImportRules &rules, ColumnMapping mapping)
    : m_rules(rules), m_mapping(std::move(mapping))
{
    const Model::EntityDef &entity = rules.entity();
    m_fieldTargets = QList<const ImportTarget *>(entity.fields.size(), nullptr);
    for (const ImportTarget &target : rules.targets()) {
        const qsizetype field = entity.fieldNames().indexOf(target.name);
        if (field >= 0)
            m_fieldTargets[field] = &target;
    }
    m_country = entity.fieldNames().indexOf(QStringLiteral("country"));
    for (const QString &name : std::as_const(m_mapping.fields)) {
        Column column;
        for (const ImportTarget &target : rules.targets()) {
            if (!name.isEmpty() && target.name == name)
                column.target = &target;
        }
        if (column.target && column.target->kind != ValueKind::Link)
            column.field = entity.fieldNames().indexOf(name);
        m_columns << column;
    }
}

QString RecordRowConverter::header(qsizetype column) const
{
    const QString text = column < 0 ? QString() : m_mapping.headers.value(column);
    return text.isEmpty() && column >= 0 ? Tr::tr("column %1").arg(column + 1) : text;
}

void RecordRowConverter::collect(const CsvRecord &record, Raw &raw, RecordRow &row) const
{
    raw.text = QStringList(m_fieldTargets.size());
    raw.column = QList<qsizetype>(m_fieldTargets.size(), -1);
    row.links.clear();
    const qsizetype columns = std::min(record.fields.size(), m_columns.size());
    for (qsizetype c = 0; c < columns; ++c) {
        const Column &column = m_columns.at(c);
        const QString value = column.target ? record.fields.at(c).trimmed() : QString();
        if (value.isEmpty())
            continue;
        if (column.field < 0) {
            if (!row.link(column.target->name))
                row.links.append({column.target->name, value, header(c)});
        } else if (raw.text.at(column.field).isEmpty()) {
            raw.text[column.field] = value;
            raw.column[column.field] = c;
        } else if (column.target->kind == ValueKind::JoinedText) {
            raw.text[column.field] += joinSeparator(column.target->name) + value;
        }
    }
}

bool RecordRowConverter::convert(const CsvRecord &record, RecordRow &row, QList<RejectedRow> &rejected) const
{
    row.line = record.line;
    if (isRagged(record, m_mapping.headers.size())) {
        rejected.append({record.line, QString(),
                         Tr::tr("the row has %1 fields but the header has %2 (a line break or separator "
                                "inside an unquoted value?)")
                             .arg(record.fields.size())
                             .arg(m_mapping.headers.size())});
        return false;
    }
    Raw raw;
    collect(record, raw, row);
    return check(raw, row, rejected);
}

bool RecordRowConverter::check(const Raw &raw, RecordRow &row, QList<RejectedRow> &rejected) const
{
    const Model::EntityDef &entity = m_rules.entity();
    bool ok = true;
    const auto reject = [&](qsizetype column, const QString &message) {
        rejected.append({row.line, header(column), message});
        ok = false;
    };
    row.values = QList<QVariant>(m_fieldTargets.size());
    for (qsizetype i = 0; i < m_fieldTargets.size(); ++i) {
        const QString &text = raw.text.at(i);
        if (text.isEmpty())
            continue;
        const Model::FieldDef &def = entity.fields.at(i);
        const qsizetype column = raw.column.at(i);
        switch (m_fieldTargets.at(i)->kind) {
        case ValueKind::Choice: {
            const QString key = m_rules.choiceKey(def.name, text);
            if (def.choices.contains(key))
                row.values[i] = key;
            else
                reject(column, Tr::tr("not one of %1: \"%2\"").arg(def.choices.join(QStringLiteral(", ")), text));
            break;
        }
        case ValueKind::Integer: {
            auto stored = Model::toStoredValue(entity, def, text);
            if (stored.ok())
                row.values[i] = *stored;
            else
                reject(column, stored.error().message);
            break;
        }
        case ValueKind::DateTime: {
            const QDateTime time = parseImportDateTime(text);
            if (time.isValid())
                row.values[i] = Storage::toStoredTimestamp(time);
            else
                reject(column, Tr::tr("not a date or date and time (such as 2024-04-01 14:30, 2024/4/1 or "
                                      "令和6年4月1日): \"%1\"")
                                   .arg(text));
            break;
        }
        case ValueKind::Duration: {
            const std::optional<int> minutes = parseDurationMinutes(text);
            if (minutes)
                row.values[i] = qint64(*minutes);
            else
                reject(column, Tr::tr("not a duration in minutes (such as 30, 30分, 1:30 or 1時間30分): \"%1\"")
                                   .arg(text));
            break;
        }
        case ValueKind::Phone:
            if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
                reject(column, Tr::tr("not a phone number (no digits): \"%1\"").arg(text));
            row.values[i] = text;
            break;
        case ValueKind::PostalCode: {
            const bool japan = m_country < 0 || isJapan(raw.text.at(m_country));
            const QString code = japan ? japanesePostalCode(text) : text;
            if (code.isEmpty())
                reject(column, Tr::tr("not a Japanese postal code (7 digits, such as 123-4567): \"%1\"").arg(text));
            row.values[i] = code;
            break;
        }
        case ValueKind::Domain: {
            const QString domain = webDomain(text);
            if (domain.isEmpty())
                reject(column, Tr::tr("not a web address or domain (such as example.co.jp): \"%1\"").arg(text));
            row.values[i] = domain;
            break;
        }
        case ValueKind::Reading:
            row.values[i] = text.normalized(QString::NormalizationForm_KC);
            break;
        case ValueKind::Text:
        case ValueKind::JoinedText:
        case ValueKind::Link:
            row.values[i] = text;
            break;
        }
    }
    return ok;
}

} // namespace Kizuna::Io
