// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_board_rawboard.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace Kizuna::Bench {

namespace {

QByteArray text(sqlite3_stmt *s, int column)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
}

QByteArray threshold(int rottingDays)
{
    return QDateTime::currentDateTimeUtc().addDays(-rottingDays).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray nextMonth(const QByteArray &month)
{
    if (month.isEmpty())
        return {};
    return QDate::fromString(QString::fromLatin1(month), Qt::ISODate).addMonths(1).toString(Qt::ISODate).toLatin1();
}

// Conditions numbered from `first`: ?first owner, ?first+1 / +2 month range (unused ones stay
// unbound, i.e. NULL, and are not referenced).
QByteArray filter(const QByteArray &owner, const QByteArray &month, int first)
{
    QByteArray sql;
    if (!owner.isEmpty())
        sql += " AND d.owner_id = ?" + QByteArray::number(first);
    if (!month.isEmpty())
        sql += " AND d.expected_close_date >= ?" + QByteArray::number(first + 1) + " AND d.expected_close_date < ?"
               + QByteArray::number(first + 2);
    return sql;
}

} // namespace

RawBoard::RawBoard(const QString &path)
{
    const QByteArray uri = "file:" + path.toUtf8() + "?mode=ro";
    if (sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bench_board: cannot open %s: %s\n", qPrintable(path), sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawBoard::~RawBoard()
{
    sqlite3_close(m_db);
}

QList<QByteArray> RawBoard::pipelines()
{
    QList<QByteArray> ids;
    query("SELECT id FROM pipelines WHERE deleted_at IS NULL ORDER BY position, name", {},
          [&](sqlite3_stmt *s) { ids << text(s, 0); });
    return ids;
}

QList<QByteArray> RawBoard::owners()
{
    QList<QByteArray> ids;
    query("SELECT id FROM users WHERE deleted_at IS NULL ORDER BY name", {}, [&](sqlite3_stmt *s) { ids << text(s, 0); });
    return ids;
}

QList<RawStage> RawBoard::stages(const QByteArray &pipeline)
{
    QList<RawStage> list;
    query("SELECT id, probability, coalesce(rotting_days, 0) FROM pipeline_stages WHERE pipeline_id = ?1 AND "
          "deleted_at IS NULL ORDER BY position",
          {pipeline}, [&](sqlite3_stmt *s) {
              list.append({text(s, 0), sqlite3_column_double(s, 1), sqlite3_column_int(s, 2)});
          });
    return list;
}

void RawBoard::board(const QByteArray &pipeline, const QByteArray &owner, const QByteArray &month)
{
    const QList<RawStage> list = stages(pipeline);
    for (const RawStage &stage : list) {
        query(QByteArray("SELECT count(*), coalesce(sum(d.amount), 0), coalesce(sum(d.amount * "
                         "coalesce(d.probability, ?1)), 0) FROM deals d WHERE d.deleted_at IS NULL AND "
                         "d.stage_id = ?2 AND d.status = 'open'"
                         + filter(owner, month, 3))
                  .constData(),
              {QByteArray::number(stage.probability), stage.id, owner, month, nextMonth(month)}, [](sqlite3_stmt *) {});
        query(QByteArray("SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL AND d.stage_id = ?1 AND "
                         "d.status = 'open' AND coalesce(d.stage_entered_at, d.created_at) < ?2"
                         + filter(owner, month, 3))
                  .constData(),
              {stage.id, threshold(stage.rottingDays), owner, month, nextMonth(month)}, [](sqlite3_stmt *) {});
    }
    for (const RawStage &stage : list) {
        QByteArray entered, id;
        page(stage.id, owner, month, entered, id);
    }
}

int RawBoard::page(const QByteArray &stage, const QByteArray &owner, const QByteArray &month, QByteArray &entered,
                   QByteArray &id)
{
    QByteArray sql = "SELECT d.id, d.title, d.contact_id, c.family_name, c.given_name, d.company_id, co.name, "
                     "d.amount, d.currency, d.probability, d.expected_close_date, d.owner_id, u.name, "
                     "coalesce(d.stage_entered_at, d.created_at) FROM deals d "
                     "LEFT JOIN contacts c ON c.id = d.contact_id LEFT JOIN companies co ON co.id = d.company_id "
                     "LEFT JOIN users u ON u.id = d.owner_id "
                     "WHERE d.deleted_at IS NULL AND d.stage_id = ?1 AND d.status = 'open'"
                     + filter(owner, month, 2);
    if (!id.isEmpty())
        sql += " AND coalesce(d.stage_entered_at, d.created_at) >= ?5 AND (coalesce(d.stage_entered_at, "
               "d.created_at) > ?5 OR d.id > ?6)";
    sql += " ORDER BY coalesce(d.stage_entered_at, d.created_at), d.id LIMIT 51";
    int rows = 0;
    query(sql.constData(), {stage, owner, month, nextMonth(month), entered, id}, [&](sqlite3_stmt *s) {
        if (++rows > 50)
            return;
        id = text(s, 0);
        entered = text(s, 13);
    });
    return std::min(rows, 50);
}

Stats RawBoard::scroll(const QByteArray &stage, int maxPages)
{
    Stats times;
    QByteArray entered, id;
    for (int n = 0; n < maxPages; ++n) {
        QElapsedTimer timer;
        timer.start();
        const int rows = page(stage, {}, {}, entered, id);
        times.add(msSince(timer));
        if (rows < 50)
            break;
    }
    return times;
}

void RawBoard::query(const char *sql, const QList<QByteArray> &values, const std::function<void(sqlite3_stmt *)> &row)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bench_board: %s\n  in: %s\n", sqlite3_errmsg(m_db), sql);
        return;
    }
    const int parameters = sqlite3_bind_parameter_count(statement);
    for (int i = 0; i < values.size() && i < parameters; ++i) {
        if (!values.at(i).isNull())
            sqlite3_bind_text(statement, i + 1, values.at(i).constData(), int(values.at(i).size()), SQLITE_TRANSIENT);
    }
    while (sqlite3_step(statement) == SQLITE_ROW)
        row(statement);
    sqlite3_finalize(statement);
}

} // namespace Kizuna::Bench
