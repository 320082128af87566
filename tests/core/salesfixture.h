// SPDX-License-Identifier: GPL-3.0-or-later
// A small hand-built sales data set for the tst_sales_* tests. Every figure the tests expect is
// worked out by hand from the rows below (see the comments).
#pragma once

#include "core/model/changecontext.h"
#include "core/model/recordstore.h"
#include "core/storage/databaseopener.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Verifies that a Result/Status is ok, showing its error message otherwise.
// Evaluates `result` once (a call passed here runs once).
#define SALES_VERIFY_OK(result)                                                                   \
    do {                                                                                          \
        const auto &salesResult_ = (result);                                                      \
        QVERIFY2(salesResult_.ok(), salesResult_.ok() ? "" : qPrintable(salesResult_.error().message)); \
    } while (false)

namespace SalesFixture {

// "Now" of the board tests.
inline QDateTime now()
{
    return QDateTime::fromString(QStringLiteral("2025-06-15T12:00:00.000Z"), Qt::ISODateWithMs);
}

inline QDateTime at(const char *stamp)
{
    return QDateTime::fromString(QString::fromLatin1(stamp), Qt::ISODateWithMs);
}

// Pipeline p1 "Sales": s1 Lead in (10 %, rotting after 10 days), s2 Proposal (50 %, 5 days),
// s3 Closing (80 %, no limit). Pipeline p2 "Renewals" (position 1): t1 Renewal due (60 %).
//
// Open deals on the board at now = 2025-06-15 12:00 UTC:
//   d1 s1  10,000  prob —    u1  close 2025-06-20  entered 06-01 12:00      14 days > 10: rotting
//   d2 s1  20,000  prob 0.3  u2  close 2025-07-10  entered 06-10 12:00       5 days
//   d3 s2  40,000  prob —    u1  close 2025-06-30  entered 06-10 11:59:59.999 5 days + 1 ms > 5: rotting
//   d4 s2   5,000  prob 0.9  u2  close 2025-07-01  entered 06-10 12:00      exactly 5 days: not rotting
//   d5 s3 100,000  prob —    u1  close 2025-08-15  entered 01-01            no limit
// Not on the board: d6 won 30,000 (u1, closed 06-05), d7 lost 7,000 (reason r1, closed 05-20),
// d8 open but in the Trash (99,999, close 06-15), d9 won 12,000 (u2, closed 07-03).
//
// Column totals: s1 2 deals 30,000, weighted 10,000×0.1 + 20,000×0.3 = 7,000, 1 rotting;
//                s2 2 deals 45,000, weighted 40,000×0.5 + 5,000×0.9 = 24,500, 1 rotting;
//                s3 1 deal 100,000, weighted 100,000×0.8 = 80,000, 0 rotting.
//
// Contacts: L a lead of u1 (2 activities, 1 tag), C1 and C2 customers of company K, C3 a
// customer without company. Products pa Beans (Coffee, 1,000), pb Mug (Tableware, 2,500),
// pc Tea (Tea, 800). Orders:
//   o1 C1 2024-03-10  2,800 = Beans 2×1,000 + Tea 1×800
//   o2 C1 2025-01-05  5,000 = Mug 2×2,500
//   o3 C2 2024-11-20  1,600 = Tea 2×800
//   o4 C2 2025-02-01  9,999 in the Trash (Beans 9×1,111)
//   o5 C3 2025-03-01  1,000 = Beans 1×1,000
constexpr const char *Data = R"SQL(
INSERT INTO users(id, name, created_at, updated_at) VALUES
 ('u1', 'Aoki', 'x', 'x'), ('u2', 'Baba', 'x', 'x');
INSERT INTO pipelines(id, name, position, created_at, updated_at) VALUES
 ('p1', 'Sales', 0, 'x', 'x'), ('p2', 'Renewals', 1, 'x', 'x');
INSERT INTO pipeline_stages(id, pipeline_id, name, position, probability, rotting_days, created_at, updated_at) VALUES
 ('s1', 'p1', 'Lead in', 0, 0.1, 10, 'x', 'x'),
 ('s2', 'p1', 'Proposal', 1, 0.5, 5, 'x', 'x'),
 ('s3', 'p1', 'Closing', 2, 0.8, NULL, 'x', 'x'),
 ('t1', 'p2', 'Renewal due', 0, 0.6, 30, 'x', 'x');
INSERT INTO lost_reasons(id, name, position, created_at, updated_at) VALUES
 ('r1', 'Price', 0, 'x', 'x'), ('r2', 'Competitor', 1, 'x', 'x');
INSERT INTO products(id, sku, name, category, unit_price, created_at, updated_at) VALUES
 ('pa', 'CF-1', 'Beans', 'Coffee', 1000, 'x', 'x'),
 ('pb', 'TW-1', 'Mug', 'Tableware', 2500, 'x', 'x'),
 ('pc', 'TE-1', 'Tea', 'Tea', 800, 'x', 'x');
INSERT INTO companies(id, name, created_at, updated_at) VALUES ('K', 'Kawa Trading', 'x', 'x');
INSERT INTO contacts(id, kind, lifecycle_stage, family_name, given_name, company_id, owner_id, created_at, updated_at) VALUES
 ('L',  'lead',     'qualified_lead', '山田', '太郎', NULL, 'u1', 'x', 'x'),
 ('C1', 'customer', 'customer', 'Smith', 'Emma', 'K', 'u2', 'x', 'x'),
 ('C2', 'customer', 'customer', '佐藤', '花子', 'K', 'u2', 'x', 'x'),
 ('C3', 'customer', 'customer', 'Ito', 'Ken', NULL, 'u1', 'x', 'x');
INSERT INTO tags(id, name, created_at, updated_at) VALUES ('T1', 'VIP', 'x', 'x');
INSERT INTO contact_tags(id, contact_id, tag_id, created_at, updated_at) VALUES ('ct1', 'L', 'T1', 'x', 'x');
INSERT INTO activities(id, type, subject, occurred_at, contact_id, created_at, updated_at) VALUES
 ('a1', 'call', 'First call', '2025-05-01T09:00:00.000Z', 'L', 'x', 'x'),
 ('a2', 'email', 'Brochure', '2025-05-02T09:00:00.000Z', 'L', 'x', 'x');
INSERT INTO deals(id, title, contact_id, company_id, pipeline_id, stage_id, amount, probability, expected_close_date,
                  status, lost_reason_id, closed_at, stage_entered_at, owner_id, created_at, updated_at, deleted_at) VALUES
 ('d1', 'Deal one',   'C1', 'K',  'p1', 's1',  10000, NULL, '2025-06-20', 'open', NULL, NULL, '2025-06-01T12:00:00.000Z', 'u1', '2025-05-01T12:00:00.000Z', 'x', NULL),
 ('d2', 'Deal two',   'C2', 'K',  'p1', 's1',  20000, 0.3,  '2025-07-10', 'open', NULL, NULL, '2025-06-10T12:00:00.000Z', 'u2', '2025-05-01T12:00:00.000Z', 'x', NULL),
 ('d3', 'Deal three', 'C3', NULL, 'p1', 's2',  40000, NULL, '2025-06-30', 'open', NULL, NULL, '2025-06-10T11:59:59.999Z', 'u1', '2025-05-01T12:00:00.000Z', 'x', NULL),
 ('d4', 'Deal four',  NULL, NULL, 'p1', 's2',   5000, 0.9,  '2025-07-01', 'open', NULL, NULL, '2025-06-10T12:00:00.000Z', 'u2', '2025-05-01T12:00:00.000Z', 'x', NULL),
 ('d5', 'Deal five',  NULL, NULL, 'p1', 's3', 100000, NULL, '2025-08-15', 'open', NULL, NULL, '2025-01-01T12:00:00.000Z', 'u1', '2024-12-01T12:00:00.000Z', 'x', NULL),
 ('d6', 'Deal six',   NULL, NULL, 'p1', 's2',  30000, 1.0,  '2025-06-01', 'won',  NULL, '2025-06-05T12:00:00.000Z', '2025-05-20T12:00:00.000Z', 'u1', '2025-04-01T12:00:00.000Z', 'x', NULL),
 ('d7', 'Deal seven', NULL, NULL, 'p1', 's1',   7000, 0.0,  '2025-05-25', 'lost', 'r1', '2025-05-20T12:00:00.000Z', '2025-05-01T12:00:00.000Z', 'u2', '2025-04-01T12:00:00.000Z', 'x', NULL),
 ('d8', 'Deal eight', NULL, NULL, 'p1', 's1',  99999, NULL, '2025-06-15', 'open', NULL, NULL, '2025-06-01T12:00:00.000Z', 'u1', '2025-05-01T12:00:00.000Z', 'x', '2025-06-02T12:00:00.000Z'),
 ('d9', 'Deal nine',  NULL, NULL, 'p1', 's3',  12000, 1.0,  '2025-07-01', 'won',  NULL, '2025-07-03T12:00:00.000Z', '2025-06-20T12:00:00.000Z', 'u2', '2025-04-01T12:00:00.000Z', 'x', NULL);
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at, deleted_at) VALUES
 ('o1', 'C1', '2024-03-10T12:00:00.000Z', 2800, 'x', 'x', NULL),
 ('o2', 'C1', '2025-01-05T12:00:00.000Z', 5000, 'x', 'x', NULL),
 ('o3', 'C2', '2024-11-20T12:00:00.000Z', 1600, 'x', 'x', NULL),
 ('o4', 'C2', '2025-02-01T12:00:00.000Z', 9999, 'x', 'x', '2025-02-02T12:00:00.000Z'),
 ('o5', 'C3', '2025-03-01T12:00:00.000Z', 1000, 'x', 'x', NULL);
INSERT INTO order_lines(id, order_id, product_id, quantity, unit_price, created_at, updated_at) VALUES
 ('l1', 'o1', 'pa', 2, 1000, 'x', 'x'), ('l2', 'o1', 'pc', 1, 800, 'x', 'x'),
 ('l3', 'o2', 'pb', 2, 2500, 'x', 'x'), ('l4', 'o3', 'pc', 2, 800, 'x', 'x'),
 ('l5', 'o4', 'pa', 9, 1111, 'x', 'x'), ('l6', 'o5', 'pa', 1, 1000, 'x', 'x');
)SQL";

// A database file per test function, with a record store whose author is "tester".
class Database
{
public:
    // Opens a fresh database; with `withData` it holds the rows above.
    bool open(const QTemporaryDir &dir, bool withData = true)
    {
        store.reset();
        db.reset();
        const QString file = dir.filePath(QStringLiteral("%1.kizuna").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(file);
        auto opened = Kizuna::Storage::DatabaseOpener::open(file);
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        db = std::move(*opened);
        if (withData) {
            if (auto loaded = db->exec(QString::fromUtf8(Data)); !loaded.ok()) {
                qWarning("%s", qPrintable(loaded.error().message));
                return false;
            }
        }
        auto context = Kizuna::Model::changeContextFor(*db, QStringLiteral("tester"));
        if (!context.ok())
            return false;
        store = std::make_unique<Kizuna::Model::RecordStore>(*db, *context);
        return true;
    }
    void close()
    {
        store.reset();
        db.reset();
    }

    qint64 count(const QString &sql) const { return *db->queryInt(sql); }
    QString text(const QString &sql) const { return *db->queryText(sql); }

    std::unique_ptr<Kizuna::Storage::Database> db;
    std::unique_ptr<Kizuna::Model::RecordStore> store;
};

} // namespace SalesFixture
