// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the sales classes (not part of the public API).
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/pipelineboard.h"
#include "core/storage/result.h"
#include "core/storage/statement.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Sales::Support {

// A bad-input error naming the entity and field: `deal field "probability": …`.
Error fieldError(const QString &entity, const QString &field, const QString &problem);

// Checks a probability (0…1) / a non-negative number / non-empty text, naming the field.
Status checkProbability(const QString &entity, const QString &field, double value);
Status checkNotNegative(const QString &entity, const QString &field, double value);
Status checkNotEmpty(const QString &entity, const QString &field, const QString &text);

// The stored stamp of `at`, or of the current time when `at` is invalid.
QString stampOrNow(const QDateTime &at);
// Start of the month / day in local time as a stored UTC stamp (period boundaries).
QString localDayStartStamp(QDate day);

QVariant toVariant(const std::optional<double> &value);
std::optional<double> toOptionalDouble(const QVariant &value);
QDateTime toDateTime(const QString &stamp);   // null stamp → invalid QDateTime
QDate toDate(const QString &date);            // "YYYY-MM-DD" or null → QDate
double roundMoney(double amount);              // to 0.01, removing floating-point noise

// True when two stored values are the same (NULL equals NULL; numbers compared as text).
bool sameStored(const QVariant &a, const QVariant &b);

// Checks that a record still holds `expected` (what an undo or redo step starts from); the error
// says which field changed since, so an undo never overwrites a later edit silently.
Status expectValues(const Model::Record &record, const Model::FieldValues &expected,
                    const QString &action);

// Moves a record to the Trash and deletes it for good (two change-log rows), as undoing a
// creation does.
Status purgeRecord(Model::RecordStore &store, const Model::EntityDef &entity, const QString &id);

// " AND …" conditions on deals (alias d) of a board filter (owner, expected-close month), their
// values appended to `values`: the board, the deal list and the forecast select the same deals.
// `onBoardIndex` (the board's per-stage queries): the month test is written so SQLite cannot use
// it to pick deals_expected_close ("+d.expected_close_date"); it then reads the stage's range of
// deals_board, which holds the date too, instead of every open deal of the month with a table
// lookup each (on 100,000 deals: ~1–25 ms instead of ~90–230 ms for a board).
QString boardFilterSql(const BoardFilter &filter, QList<QVariant> &values, bool onBoardIndex = false);

// Sets a card's days in stage and rotting flag from its stageEnteredAt, "now" and the stage's
// rotting limit (rotting: in the stage for longer than `rottingDays` days).
void setStageTime(DealCard &card, const QDateTime &now, std::optional<int> rottingDays);

// A prepared statement with the given text values bound to ?1, ?2, …
Result<Storage::Statement> prepareWith(Storage::Database &db, const QString &sql,
                                       const QList<QVariant> &values = {});
// Count of the rows of a one-value query with bound values.
Result<qint64> countOf(Storage::Database &db, const QString &sql, const QList<QVariant> &values);

} // namespace Kizuna::Sales::Support
