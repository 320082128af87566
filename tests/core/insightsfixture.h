// SPDX-License-Identifier: GPL-3.0-or-later
// Ten customers and a lead for the contact insights tests, as of 2025-06-30. Times are at 12:00 UTC
// so they stay on their calendar day within ±11 h.
//
//            last order   days  orders (F)  revenue (M)  products
//   c01      2025-06-25      5      2         3000       Tea, Tea  (+ a Honey order in the Trash)
//   c02      2025-06-29      1      4         8000       Tea, Tea, Cup, Cup
//   c03      2025-06-20     10      3         6000       Tea, Tea, Cup
//   c04      2025-06-10     20      1          500       Honey
//   c05      2025-05-31     30      2         2500       Tea, Cup
//   c06      2025-04-01     90      5         9000       Tea ×3, Cup ×2
//   c07      2025-03-02    120      1          800       Honey
//   c08      2025-01-01    180      2         1500       Tea, Cup
//   c09      2024-12-02    210      1          300       Honey
//   c10      2024-06-30    365      1         1000       Honey
//   L1       lead from a referral, no orders
//
// Tea and Cup together: c02, c03, c05, c06, c08 (5 customers, the mining default's minimum); Tea
// alone: c01. So Tea → Cup has confidence 5/6 and lift (5/6)/(5/10) ≈ 1.67, and c01 is offered Cup.
#pragma once

namespace InsightsFixture {

inline const char *const Sql = R"SQL(
INSERT INTO products(id, name, category, created_at, updated_at) VALUES
 ('px', 'Tea', 'お茶', 'x', 'x'), ('py', 'Cup', '器', 'x', 'x'), ('ph', 'Honey', '食品', 'x', 'x');
INSERT INTO contacts(id, kind, lifecycle_stage, family_name, given_name, source, created_at, updated_at) VALUES
 ('c01', 'customer', 'customer', 'Aoki', 'Ai', 'web_form', 'x', 'x'),
 ('c02', 'customer', 'customer', 'Baba', 'Bo', 'web_form', 'x', 'x'),
 ('c03', 'customer', 'customer', 'Chiba', 'Chie', 'web_form', 'x', 'x'),
 ('c04', 'customer', 'customer', 'Doi', 'Dai', 'web_form', 'x', 'x'),
 ('c05', 'customer', 'customer', 'Endo', 'Emi', 'web_form', 'x', 'x'),
 ('c06', 'customer', 'customer', 'Fujii', 'Fumi', 'web_form', 'x', 'x'),
 ('c07', 'customer', 'customer', 'Goto', 'Gen', 'web_form', 'x', 'x'),
 ('c08', 'customer', 'customer', 'Hara', 'Hana', 'web_form', 'x', 'x'),
 ('c09', 'customer', 'customer', 'Ito', 'Iku', 'web_form', 'x', 'x'),
 ('c10', 'customer', 'customer', 'Jo', 'Jun', 'web_form', 'x', 'x'),
 ('L1', 'lead', 'lead', 'Kato', 'Kei', 'referral', 'x', 'x');
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at, deleted_at) VALUES
 ('o01a', 'c01', '2025-05-01T12:00:00.000Z', 1000, 'x', 'x', NULL),
 ('o01b', 'c01', '2025-06-25T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o01z', 'c01', '2025-06-26T12:00:00.000Z', 5000, 'x', 'x', '2025-06-27T12:00:00.000Z'),
 ('o02a', 'c02', '2025-01-10T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o02b', 'c02', '2025-03-10T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o02c', 'c02', '2025-05-10T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o02d', 'c02', '2025-06-29T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o03a', 'c03', '2025-02-01T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o03b', 'c03', '2025-04-01T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o03c', 'c03', '2025-06-20T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('o04a', 'c04', '2025-06-10T12:00:00.000Z',  500, 'x', 'x', NULL),
 ('o05a', 'c05', '2025-03-15T12:00:00.000Z', 1000, 'x', 'x', NULL),
 ('o05b', 'c05', '2025-05-31T12:00:00.000Z', 1500, 'x', 'x', NULL),
 ('o06a', 'c06', '2024-10-01T12:00:00.000Z', 1800, 'x', 'x', NULL),
 ('o06b', 'c06', '2024-12-01T12:00:00.000Z', 1800, 'x', 'x', NULL),
 ('o06c', 'c06', '2025-01-15T12:00:00.000Z', 1800, 'x', 'x', NULL),
 ('o06d', 'c06', '2025-03-01T12:00:00.000Z', 1800, 'x', 'x', NULL),
 ('o06e', 'c06', '2025-04-01T12:00:00.000Z', 1800, 'x', 'x', NULL),
 ('o07a', 'c07', '2025-03-02T12:00:00.000Z',  800, 'x', 'x', NULL),
 ('o08a', 'c08', '2024-10-01T12:00:00.000Z',  700, 'x', 'x', NULL),
 ('o08b', 'c08', '2025-01-01T12:00:00.000Z',  800, 'x', 'x', NULL),
 ('o09a', 'c09', '2024-12-02T12:00:00.000Z',  300, 'x', 'x', NULL),
 ('o10a', 'c10', '2024-06-30T12:00:00.000Z', 1000, 'x', 'x', NULL);
INSERT INTO order_lines(id, order_id, product_id, created_at, updated_at) VALUES
 ('l01a', 'o01a', 'px', 'x', 'x'), ('l01b', 'o01b', 'px', 'x', 'x'), ('l01z', 'o01z', 'ph', 'x', 'x'),
 ('l02a', 'o02a', 'px', 'x', 'x'), ('l02b', 'o02b', 'px', 'x', 'x'), ('l02c', 'o02c', 'py', 'x', 'x'),
 ('l02d', 'o02d', 'py', 'x', 'x'),
 ('l03a', 'o03a', 'px', 'x', 'x'), ('l03b', 'o03b', 'px', 'x', 'x'), ('l03c', 'o03c', 'py', 'x', 'x'),
 ('l04a', 'o04a', 'ph', 'x', 'x'),
 ('l05a', 'o05a', 'px', 'x', 'x'), ('l05b', 'o05b', 'py', 'x', 'x'),
 ('l06a', 'o06a', 'px', 'x', 'x'), ('l06b', 'o06b', 'px', 'x', 'x'), ('l06c', 'o06c', 'px', 'x', 'x'),
 ('l06d', 'o06d', 'py', 'x', 'x'), ('l06e', 'o06e', 'py', 'x', 'x'),
 ('l07a', 'o07a', 'ph', 'x', 'x'),
 ('l08a', 'o08a', 'px', 'x', 'x'), ('l08b', 'o08b', 'py', 'x', 'x'),
 ('l09a', 'o09a', 'ph', 'x', 'x'),
 ('l10a', 'o10a', 'ph', 'x', 'x');
)SQL";

// Many customers, deterministic, so that fitting BG/NBD takes a while (distinct histories do not
// compress): first purchase, gap and number of purchase days vary with the customer number. Only
// orders: the population model reads nothing else (the caller turns foreign keys off).
inline const char *const LargeOrdersSql = R"SQL(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000),
     k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 5),
     p(i, j, day) AS (SELECT i, j, (i * 7919) % 600 + j * (10 + (i * 31) % 90) FROM n, k WHERE j <= (i * 17) % 6)
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at)
SELECT 'bo' || i || '_' || j, 'b' || i, strftime('%Y-%m-%dT12:00:00.000Z', '2023-07-01', '+' || day || ' days'),
       100 + (i * 13) % 900, 'x', 'x'
FROM p WHERE day <= 730;
)SQL";

} // namespace InsightsFixture
