// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Demo {

// The deterministic demo-data generator (kizuna-cli demo, kizuna --demo).
//
// What it writes, per contact on average (PRODUCT.md's reference proportions: 1,000,000
// contacts → ~5,000,000 activities, ~2,000,000 orders, 100,000 deals):
//  - contacts: ~70 % Japanese names (kanji with katakana readings, 山田/ヤマダ) and ~30 % Western
//    names (katakana transcriptions, Smith/スミス) so 五十音 sorting works; e-mail addresses from
//    the romanised name; Japanese mobile and landline numbers with the city's area code; real
//    prefecture/city pairs with their postal-code prefix (NNN-NNNN) and street lines; birthdays,
//    source channels, owners, marketing consent, loyalty points/rank from the spend; ~22 % work
//    at one of contacts/40 companies (株式会社…, …合同会社, English names; reading, industry,
//    size, address). All e-mail domains are reserved example domains (example.jp,
//    example.co.jp, …) so a test campaign can never reach a real person.
//  - orders (~2): a buy-till-you-die process — buyers (~70 % of leads/customers) have a purchase
//    rate λ ~ Gamma(1.2, 1.5/year) and drop out after each purchase with p ~ Beta(1, 3);
//    purchase times are thinned by monthly seasonality (July and December gift peaks). This
//    gives one-time buyers, repeat buyers, dormant and churned customers. 1–4 lines of 192
//    products in 8 categories (favourite categories plus seasonal ones); total = Σ lines.
//  - kind and lifecycle stage follow the history: leads without orders (subscriber, lead,
//    qualified lead, opportunity with an open deal), customers, evangelists (many orders),
//    churned (dropped out and silent for 300+ days); a few partners and others.
//  - activities (~5): all twelve types with short subjects and bodies, direction, channel,
//    duration and outcome for calls and meetings, a first touch matching the source, more
//    around orders, deal activities linked to the deal.
//  - deals: exactly one per full block of ten contacts, in a default pipeline of six stages
//    (Japanese names, default probabilities, rotting days); ~⅓ open, the rest won (an order
//    follows at the negotiated price) or lost with a reason from the editable lost-reason list;
//    stage history rows for every stage entered, deal lines, expected and actual close dates.
//  - tasks (~0.4): overdue, due today, upcoming and done ones; one per deal.
//  - campaigns: about two per month with A/B variants and costs; opted-in contacts are members
//    with an outcome funnel (sent → delivered → opened → clicked → converted, bounced,
//    unsubscribed — which withdraws consent).
//  - NPS answers for ~13 % of customers (evangelists high, churned low); ten tags on contacts
//    that fit them (VIP, リピーター, 法人, 休眠, …).
//
// Determinism: a private xoshiro256** generator with its own distributions (never std::
// distributions, never the wall clock) — every contact, company and campaign draws from its own
// stream keyed by (seed, kind, index). UUIDs (v4 form) come from the same streams. All times
// derive from asOf: "now" is 18:00 JST on that day, history spans the four years before it.
// The same options give the same rows in every table, byte for byte (floating point is only
// used for draws, never stored except integral yen amounts, discounts and fixed rates).
//
// Speed: cached prepared statements bound with UTF-8 straight from C tables, one transaction, a
// large page cache, foreign-key and CHECK enforcement off (tests verify both afterwards),
// secondary indexes dropped during the load and recreated from their exact SQL at the end, the
// search-index triggers dropped and replayed once per table in one statement (FTS5 flushes at
// every statement), and the rollback journal instead of WAL while loading (see
// BulkLoadSession). Measured on the 2-core reference machine: 100,000 contacts in ~53 s
// (820 MB file, search index included).
//
// Demo data is a bulk seed: it writes no change-log rows.

struct DemoOptions
{
    qint64 contacts = 1000;
    quint64 seed = 1;
    QDate asOf; // history ends on this day; invalid → today
};

// Rows written per table.
struct DemoSummary
{
    qint64 users = 0, companies = 0, contacts = 0, products = 0, activities = 0, orders = 0,
           orderLines = 0, deals = 0, stageChanges = 0, tasks = 0, campaigns = 0,
           campaignMembers = 0, surveyAnswers = 0, tags = 0, dealLines = 0;
};

// Reports progress (units done, units in all); return false to cancel (nothing is written then).
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills an empty Kizuna database with realistic, deterministic demo data: the same options
// give byte-identical data. Refuses a database that already has contacts (BadInput). All in one
// transaction: a failure or cancel (Cancelled) leaves the database as it was.
Result<DemoSummary> generateDemo(Storage::Database &db, const DemoOptions &options,
                                 const DemoProgress &progress = {});

} // namespace Kizuna::Demo
