// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duplicates/duplicatepairquery.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Ui {

namespace {

// The contact's email and its phone (or mobile when there is no phone).
Status contactDetails(Storage::Statement &statement, const QString &id, QString &email, QString &phone)
{
    statement.reset();
    statement.bind(1, id);
    auto row = statement.step();
    if (!row.ok())
        return row.error();
    if (*row) {
        email = statement.columnText(0);
        phone = statement.columnText(1);
    }
    return {};
}

} // namespace

Result<QList<DuplicatePairRow>> DuplicatePairQuery::load(Storage::Database &db, const std::atomic<bool> &cancel)
{
    auto found = Dedupe::DuplicateFinder::find(db, Dedupe::DuplicateOptions{}, &cancel);
    if (!found.ok())
        return found.error();
    auto statement = db.prepare(QStringLiteral(
        "SELECT coalesce(email, ''), coalesce(nullif(phone, ''), mobile, '') FROM contacts WHERE id = ?1"));
    if (!statement.ok())
        return statement.error();
    QList<DuplicatePairRow> rows;
    rows.reserve(found->pairs.size());
    for (const auto &pair : std::as_const(found->pairs)) {
        DuplicatePairRow row{pair, {}, {}, {}, {}};
        KIZUNA_TRY(contactDetails(*statement, pair.firstId, row.firstEmail, row.firstPhone));
        KIZUNA_TRY(contactDetails(*statement, pair.secondId, row.secondEmail, row.secondPhone));
        rows.append(row);
    }
    return rows;
}

} // namespace Kizuna::Ui
