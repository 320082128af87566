// SPDX-License-Identifier: GPL-3.0-or-later
// A small hand-built CRM for the segment tests, evaluated as of 2025-06-30; the KPI period is
// P = 2025-04-01 … 2025-06-30, its previous period 2024-12-31 … 2025-03-31. Times are at
// 12:00 UTC so they stay on their calendar day in any time zone within ±11 h.
//
// Contacts (X is in the Trash and never a member):
//   A customer 東京都 u1 a@example.com  tags VIP        orders a1 2024-02-01 1000 TEA, a2 2025-02-15 2000 TEA, a3 2025-05-01 3000 CUP
//   B customer 大阪府 u2 (no email)     tag Old (deleted) order  b1 2025-03-01 500 TEA
//   C customer 東京都 u1 c@example.jp   tags VIP, 常連   orders c1 2025-04-20 1500 TEA, c2 2025-06-10 2500 TEA
//   D customer (no prefecture) u2       常連 (untagged)  order  d1 2025-05-15 4000 CUP (dz in the Trash)
//   E lead     北海道 (no owner)        no tags, no orders
// Last activity before 2025-06-30: A 1 day, B 211 days, C 60 days, D none, E 0 days.
// RFM as of 2025-06-30 (X's order counts in the quintiles): A R2 F5 M4 "can't lose them",
// B R1 F2 M1 "lost", C R5 F4 M2 "loyal", D R4 F2 M2 "potential loyalist"; E has no class.
#pragma once

#include <QDate>

namespace SegmentFixture {

inline const QDate AsOf(2025, 6, 30);

inline const char *const Sql = R"SQL(
INSERT INTO users(id, name, role, created_at, updated_at) VALUES
 ('u1', 'Aoki', 'sales', 'x', 'x'), ('u2', 'Baba', 'sales', 'x', 'x');
INSERT INTO products(id, sku, name, category, created_at, updated_at) VALUES
 ('px', 'TEA-1', 'Tea', 'Tea', 'x', 'x'), ('py', 'CUP-1', 'Cup', 'Ware', 'x', 'x');
INSERT INTO contacts(id, kind, lifecycle_stage, family_name, prefecture, city, email, owner_id, birthday,
                     source, marketing_opt_in, loyalty_points, created_at, updated_at, deleted_at) VALUES
 ('A', 'customer', 'customer', '青木', '東京都', '渋谷区', 'a@example.com', 'u1', '1980-05-01', 'referral', 1, 120, '2024-01-10T12:00:00.000Z', 'x', NULL),
 ('B', 'customer', 'churned',  'Baba', '大阪府', '大阪市', NULL,           'u2', NULL,         'ad',       0, 0,   '2025-01-05T12:00:00.000Z', 'x', NULL),
 ('C', 'customer', 'customer', 'Chiba', '東京都', '新宿区', 'c@example.jp', 'u1', NULL,        'web_form', 0, 40,  '2025-04-05T12:00:00.000Z', 'x', NULL),
 ('D', 'customer', 'customer', 'Doi', NULL,      NULL,     'd@test.org',   'u2', NULL,         'event',    0, 0,   '2025-02-01T12:00:00.000Z', 'x', NULL),
 ('E', 'lead',     'lead',     'Endo', '北海道', '札幌市', 'e@test.org',   NULL, NULL,         'event',    0, 0,   '2025-06-15T12:00:00.000Z', 'x', NULL),
 ('X', 'customer', 'customer', 'Trash', '東京都', '渋谷区', 'x@example.com', 'u1', NULL,       'ad',       1, 900, '2024-01-01T12:00:00.000Z', 'x', '2025-01-01T12:00:00.000Z');
INSERT INTO tags(id, name, created_at, updated_at, deleted_at) VALUES
 ('t1', 'VIP', 'x', 'x', NULL), ('t2', '常連', 'x', 'x', NULL), ('t3', 'Old', 'x', 'x', '2025-01-01T00:00:00.000Z');
INSERT INTO contact_tags(id, contact_id, tag_id, created_at, updated_at, deleted_at) VALUES
 ('ct1', 'A', 't1', 'x', 'x', NULL), ('ct2', 'C', 't1', 'x', 'x', NULL), ('ct3', 'C', 't2', 'x', 'x', NULL),
 ('ct4', 'B', 't3', 'x', 'x', NULL), ('ct5', 'D', 't2', 'x', 'x', '2025-01-01T00:00:00.000Z'),
 ('ct6', 'X', 't1', 'x', 'x', NULL);
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at, deleted_at) VALUES
 ('a1', 'A', '2024-02-01T12:00:00.000Z', 1000, 'x', 'x', NULL),
 ('a2', 'A', '2025-02-15T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('a3', 'A', '2025-05-01T12:00:00.000Z', 3000, 'x', 'x', NULL),
 ('b1', 'B', '2025-03-01T12:00:00.000Z',  500, 'x', 'x', NULL),
 ('c1', 'C', '2025-04-20T12:00:00.000Z', 1500, 'x', 'x', NULL),
 ('c2', 'C', '2025-06-10T12:00:00.000Z', 2500, 'x', 'x', NULL),
 ('d1', 'D', '2025-05-15T12:00:00.000Z', 4000, 'x', 'x', NULL),
 ('dz', 'D', '2025-05-16T12:00:00.000Z', 9999, 'x', 'x', '2025-05-17T12:00:00.000Z'),
 ('x1', 'X', '2025-05-01T12:00:00.000Z', 7777, 'x', 'x', NULL);
INSERT INTO order_lines(id, order_id, product_id, quantity, unit_price, created_at, updated_at) VALUES
 ('l1', 'a1', 'px', 1, 1000, 'x', 'x'), ('l2', 'a2', 'px', 1, 2000, 'x', 'x'), ('l3', 'a3', 'py', 1, 3000, 'x', 'x'),
 ('l4', 'b1', 'px', 1, 500, 'x', 'x'),  ('l5', 'c1', 'px', 1, 1500, 'x', 'x'), ('l6', 'c2', 'px', 1, 2500, 'x', 'x'),
 ('l7', 'd1', 'py', 1, 4000, 'x', 'x'), ('l8', 'dz', 'px', 1, 9999, 'x', 'x'), ('l9', 'x1', 'px', 1, 7777, 'x', 'x');
INSERT INTO activities(id, type, occurred_at, contact_id, created_at, updated_at, deleted_at) VALUES
 ('v1', 'call',    '2025-06-29T12:00:00.000Z', 'A', 'x', 'x', NULL),
 ('v2', 'email',   '2025-01-01T12:00:00.000Z', 'A', 'x', 'x', NULL),
 ('v3', 'meeting', '2025-05-01T12:00:00.000Z', 'C', 'x', 'x', NULL),
 ('v4', 'visit',   '2024-12-01T12:00:00.000Z', 'B', 'x', 'x', NULL),
 ('v5', 'call',    '2025-06-30T12:00:00.000Z', 'E', 'x', 'x', NULL),
 ('v6', 'call',    '2025-06-20T12:00:00.000Z', 'D', 'x', 'x', '2025-06-21T12:00:00.000Z'),
 ('v7', 'call',    '2025-07-15T12:00:00.000Z', 'C', 'x', 'x', NULL);
INSERT INTO pipelines(id, name, created_at, updated_at) VALUES ('p', 'Sales', 'x', 'x');
INSERT INTO pipeline_stages(id, pipeline_id, name, probability, created_at, updated_at) VALUES
 ('s', 'p', 'Proposal', 0.5, 'x', 'x');
INSERT INTO deals(id, title, contact_id, pipeline_id, stage_id, amount, status, owner_id, created_at, updated_at) VALUES
 ('g1', 'A open', 'A', 'p', 's', 5000, 'open', 'u1', '2025-05-01T12:00:00.000Z', 'x'),
 ('g2', 'B open', 'B', 'p', 's', 3000, 'open', 'u2', '2025-05-01T12:00:00.000Z', 'x'),
 ('g3', 'no contact', NULL, 'p', 's', 1000, 'open', 'u2', '2025-05-01T12:00:00.000Z', 'x');
INSERT INTO survey_answers(id, contact_id, score, answered_at, created_at, updated_at) VALUES
 ('n1', 'A', 10, '2025-04-10T12:00:00.000Z', 'x', 'x'), ('n2', 'C', 6, '2025-05-10T12:00:00.000Z', 'x', 'x'),
 ('n3', 'B', 0, '2025-05-11T12:00:00.000Z', 'x', 'x');
INSERT INTO campaigns(id, name, channel, cost, starts_on, created_at, updated_at) VALUES
 ('k1', 'Spring', 'newsletter', 30000, '2025-04-10', 'x', 'x');
)SQL";

} // namespace SegmentFixture
