// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/salessupport.h"

#include "core/model/fieldvalue.h"
#include "core/sales/salestr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

#include <algorithm>
#include <cmath>

namespace Kizuna::Sales::Support {

Error fieldError(const QString &entity, const QString &field, const QString &problem)
{
    return Error::badInput(Tr::tr("%1 field \"%2\": %3").arg(entity, field, problem));
}

Status checkProbability(const QString &entity, const QString &field, double value)
{
    if (!std::isfinite(value) || value < 0.0 || value > 1.0)
        return fieldError(entity, field,
                          Tr::tr("%1 is not a probability between 0 and 1").arg(value));
    return {};
}

Status checkNotNegative(const QString &entity, const QString &field, double value)
{
    if (!std::isfinite(value) || value < 0.0)
        return fieldError(entity, field, Tr::tr("%1 must not be negative").arg(value));
    return {};
}

Status checkNotEmpty(const QString &entity, const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return fieldError(entity, field, Tr::tr("is required and cannot be empty"));
    return {};
}

QString stampOrNow(const QDateTime &at)
{
    return at.isValid() ? Storage::toStoredTimestamp(at) : Storage::nowTimestamp();
}

QString localDayStartStamp(QDate day)
{
    return Storage::toStoredTimestamp(day.startOfDay());
}

QVariant toVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QDateTime toDateTime(const QString &stamp)
{
    return stamp.isEmpty() ? QDateTime() : Storage::fromStoredTimestamp(stamp);
}

QDate toDate(const QString &date)
{
    return date.isEmpty() ? QDate() : QDate::fromString(date, Qt::ISODate);
}

double roundMoney(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

bool sameStored(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    const bool numeric = a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double;
    if (numeric)
        return a.toDouble() == b.toDouble();
    return Model::storedValueText(a) == Model::storedValueText(b);
}

Status expectValues(const Model::Record &record, const Model::FieldValues &expected,
                    const QString &action)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!sameStored(record.value(it.key()), it.value()))
            return Error::badInput(Tr::tr("cannot %1: field \"%2\" of %3 has changed since (now \"%4\")")
                                       .arg(action, it.key(), record.id,
                                            Model::storedValueText(record.value(it.key()))));
    }
    return {};
}

Status purgeRecord(Model::RecordStore &store, const Model::EntityDef &entity, const QString &id)
{
    KIZUNA_TRY(store.remove(entity, id));
    return store.purge(entity, id);
}

QString boardFilterSql(const BoardFilter &filter, QList<QVariant> &values, bool onBoardIndex)
{
    QString sql;
    if (!filter.ownerId.isEmpty()) {
        sql += QStringLiteral(" AND d.owner_id = ?");
        values << filter.ownerId;
    }
    if (filter.expectedCloseMonth.isValid()) {
        const QDate first(filter.expectedCloseMonth.year(), filter.expectedCloseMonth.month(), 1);
        sql += onBoardIndex ? QStringLiteral(" AND +d.expected_close_date >= ? AND +d.expected_close_date < ?")
                            : QStringLiteral(" AND d.expected_close_date >= ? AND d.expected_close_date < ?");
        values << Storage::toStoredDate(first) << Storage::toStoredDate(first.addMonths(1));
    }
    return sql;
}

void setStageTime(DealCard &card, const QDateTime &now, std::optional<int> rottingDays)
{
    constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;
    const qint64 ms = card.stageEnteredAt.isValid() ? card.stageEnteredAt.msecsTo(now) : 0;
    card.daysInStage = static_cast<int>(std::max<qint64>(0, ms / MsPerDay));
    card.rotting = rottingDays && ms > qint64(*rottingDays) * MsPerDay;
}

Result<Storage::Statement> prepareWith(Storage::Database &db, const QString &sql,
                                       const QList<QVariant> &values)
{
    auto statement = db.prepare(sql);
    if (!statement.ok())
        return statement.error();
    int index = 1;
    for (const QVariant &value : values)
        statement->bindVariant(index++, value);
    return std::move(*statement);
}

Result<qint64> countOf(Storage::Database &db, const QString &sql, const QList<QVariant> &values)
{
    auto statement = prepareWith(db, sql, values);
    if (!statement.ok())
        return statement.error();
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    return *row ? static_cast<qint64>(statement->columnInt64(0)) : qint64(0);
}

} // namespace Kizuna::Sales::Support
