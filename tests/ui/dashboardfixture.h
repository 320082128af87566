// SPDX-License-Identifier: GPL-3.0-or-later
// A small hand-built CRM for the dashboard tests. The period under test is P = 2025-04-01 …
// 2025-06-30 (91 days, three month buckets); its previous period is 2024-12-31 … 2025-03-31 and
// the previous buckets are P's months moved back 91 days: [12-31 … 01-29], [01-30 … 03-01],
// [03-02 … 03-31]. Times are at 12:00 UTC so they stay on their calendar day within ±11 h.
#pragma once

#include "core/storage/database.h"

#include <QDate>
#include <QString>

namespace DashboardFixture {

// Owners: u1 Aoki owns A, C, G; u2 Baba the others.
// Orders in P by month: April c1 1500 (C, first order ever), f2 700 (F, ordered in 2023 already);
// May a3 3000 (A; zz is in the Trash); June c2 2500 (C again).
// Previous period: a2 2000 on 02-15 and b1 500 on 03-01 (B's first order), both in bucket 2.
// Survey answers: April 10; May 9, 9, 7; June 3.  Leads created in P: C (web form, April),
// D (event, May), E (event, June).  Deals closed: April d4 won, d2 lost (価格); May d3 lost (競合);
// June d1 won.  Open: d6 8000 at the stage's 25 %, d7 4000 at its own 50 %, both in Proposal.
inline const char *const Sql = R"SQL(
INSERT INTO users(id, name, role, created_at, updated_at) VALUES
 ('u1', 'Aoki', 'sales', '2024-01-01T12:00:00.000Z', '2024-01-01T12:00:00.000Z'),
 ('u2', 'Baba', 'sales', '2024-01-01T12:00:00.000Z', '2024-01-01T12:00:00.000Z');
INSERT INTO products(id, name, category, created_at, updated_at) VALUES
 ('px', 'Tea', 'X', 'x', 'x'), ('py', 'Cup', 'Y', 'x', 'x');
INSERT INTO contacts(id, kind, lifecycle_stage, family_name, given_name, source, owner_id, created_at, updated_at, deleted_at) VALUES
 ('A', 'customer', 'customer',    '青木', '一郎', 'referral', 'u1', '2024-01-10T12:00:00.000Z', 'x', NULL),
 ('B', 'customer', 'churned',     'Baba', 'Bob',  'ad',       'u2', '2025-01-05T12:00:00.000Z', 'x', NULL),
 ('C', 'customer', 'customer',    'Chiba', 'Carol', 'web_form', 'u1', '2025-04-05T12:00:00.000Z', 'x', NULL),
 ('D', 'lead',     'opportunity', 'Doi', 'Dan',   'event',    'u2', '2025-05-01T12:00:00.000Z', 'x', NULL),
 ('E', 'lead',     'lead',        'Endo', 'Eve',  'event',    'u2', '2025-06-15T12:00:00.000Z', 'x', NULL),
 ('F', 'customer', 'customer',    'Fujii', 'Fay', 'import',   'u2', '2025-04-02T12:00:00.000Z', 'x', NULL),
 ('G', 'partner',  'subscriber',  'Goto', 'Gus',  'event',    'u1', '2025-04-03T12:00:00.000Z', 'x', NULL),
 ('H', 'lead',     'lead',        'Hara', 'Hal',  'event',    'u1', '2025-04-03T12:00:00.000Z', 'x', '2025-04-04T12:00:00.000Z');
INSERT INTO orders(id, contact_id, order_number, ordered_at, total, created_at, updated_at, deleted_at) VALUES
 ('a1', 'A', 'N-a1', '2024-02-01T12:00:00.000Z', 1000, 'x', 'x', NULL),
 ('a2', 'A', 'N-a2', '2025-02-15T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('a3', 'A', 'N-a3', '2025-05-01T12:00:00.000Z', 3000, 'x', 'x', NULL),
 ('b1', 'B', 'N-b1', '2025-03-01T12:00:00.000Z',  500, 'x', 'x', NULL),
 ('c1', 'C', 'N-c1', '2025-04-20T12:00:00.000Z', 1500, 'x', 'x', NULL),
 ('c2', 'C', 'N-c2', '2025-06-10T12:00:00.000Z', 2500, 'x', 'x', NULL),
 ('f1', 'F', 'N-f1', '2023-05-01T12:00:00.000Z',  800, 'x', 'x', NULL),
 ('f2', 'F', 'N-f2', '2025-04-03T12:00:00.000Z',  700, 'x', 'x', NULL),
 ('zz', 'A', 'N-zz', '2025-05-02T12:00:00.000Z', 9999, 'x', 'x', '2025-05-03T12:00:00.000Z');
INSERT INTO order_lines(id, order_id, product_id, quantity, unit_price, created_at, updated_at) VALUES
 ('l1', 'a1', 'px', 1, 1000, 'x', 'x'), ('l2', 'a2', 'px', 1, 2000, 'x', 'x'),
 ('l3', 'a3', 'py', 1, 3000, 'x', 'x'), ('l4', 'b1', 'px', 1, 500, 'x', 'x'),
 ('l5', 'c1', 'px', 1, 1500, 'x', 'x'), ('l6', 'c2', 'px', 1, 2500, 'x', 'x'),
 ('l7', 'f1', 'py', 1, 800, 'x', 'x'),  ('l8', 'f2', 'px', 1, 700, 'x', 'x');
INSERT INTO pipelines(id, name, created_at, updated_at) VALUES ('p', 'Sales', 'x', 'x');
INSERT INTO pipeline_stages(id, pipeline_id, name, position, probability, created_at, updated_at) VALUES
 ('s2', 'p', 'Negotiation', 2, 0.6, 'x', 'x'),
 ('s', 'p', 'Proposal', 1, 0.25, 'x', 'x');
INSERT INTO lost_reasons(id, name, created_at, updated_at) VALUES
 ('r1', '価格', 'x', 'x'), ('r2', '競合', 'x', 'x');
INSERT INTO deals(id, title, contact_id, pipeline_id, stage_id, amount, probability, status,
                  lost_reason_id, created_at, closed_at, owner_id, updated_at) VALUES
 ('d1', 'won in June',   'D', 'p', 's', 10000, NULL, 'won',  NULL, '2025-05-05T12:00:00.000Z', '2025-06-01T12:00:00.000Z', 'u2', 'x'),
 ('d2', 'lost in April', NULL, 'p', 's',  5000, NULL, 'lost', 'r1', '2025-03-01T12:00:00.000Z', '2025-04-15T12:00:00.000Z', 'u2', 'x'),
 ('d3', 'lost in May',   NULL, 'p', 's',  5000, NULL, 'lost', 'r2', '2025-04-01T12:00:00.000Z', '2025-05-20T12:00:00.000Z', 'u2', 'x'),
 ('d4', 'won in April',  NULL, 'p', 's', 20000, NULL, 'won',  NULL, '2025-01-01T12:00:00.000Z', '2025-04-11T12:00:00.000Z', 'u1', 'x'),
 ('d5', 'won after P',   NULL, 'p', 's', 20000, NULL, 'won',  NULL, '2025-01-01T12:00:00.000Z', '2025-07-05T12:00:00.000Z', 'u1', 'x'),
 ('d6', 'open 25 %',     NULL, 'p', 's',  8000, NULL, 'open', NULL, '2025-02-01T12:00:00.000Z', NULL, 'u1', 'x'),
 ('d7', 'open 50 %',     NULL, 'p', 's',  4000, 0.5,  'open', NULL, '2025-02-01T12:00:00.000Z', NULL, 'u2', 'x');
INSERT INTO survey_answers(id, contact_id, score, answered_at, created_at, updated_at) VALUES
 ('n1', 'A', 10, '2025-04-10T12:00:00.000Z', 'x', 'x'), ('n2', 'C', 9, '2025-05-10T12:00:00.000Z', 'x', 'x'),
 ('n3', 'F', 9, '2025-05-11T12:00:00.000Z', 'x', 'x'),  ('n4', 'D', 7, '2025-05-12T12:00:00.000Z', 'x', 'x'),
 ('n5', 'E', 3, '2025-06-20T12:00:00.000Z', 'x', 'x'),  ('n6', 'B', 0, '2025-03-30T12:00:00.000Z', 'x', 'x');
)SQL";

// Sixty more customers (owner u2, created in 2023) who bought only in 2024, before the previous
// period starts: enough history for the CLV model, without touching P or its previous period.
inline Kizuna::Status addHistory(Kizuna::Storage::Database &db)
{
    QString sql;
    for (int i = 0; i < 60; ++i) {
        const QString id = QStringLiteral("h%1").arg(i, 2, 10, QLatin1Char('0'));
        sql += QStringLiteral(
                   "INSERT INTO contacts(id, kind, lifecycle_stage, family_name, owner_id, "
                   "created_at, "
                   "updated_at) VALUES ('%1', 'customer', 'customer', 'History %1', 'u2', "
                   "'2023-06-01T12:00:00.000Z', 'x');\n")
                   .arg(id);
        const QDate first = QDate(2024, 1, 1).addDays((i * 3) % 90);
        const int repeats = i % 5;
        const int gap = 20 + (i % 7) * 5;
        for (int k = 0; k <= repeats; ++k) {
            const QDate day = first.addDays(k * gap);
            sql += QStringLiteral("INSERT INTO orders(id, contact_id, ordered_at, total, "
                                  "created_at, updated_at) "
                                  "VALUES ('%1-%2', '%1', '%3T12:00:00.000Z', %4, 'x', 'x');\n")
                       .arg(id)
                       .arg(k)
                       .arg(day.toString(Qt::ISODate))
                       .arg(1000 + (i % 10) * 200);
        }
    }
    return db.exec(sql);
}

} // namespace DashboardFixture
