// SPDX-License-Identifier: GPL-3.0-or-later
// The contact itself: name, reading, address, channels of contact, lifecycle, tags.
#include "core/demo/contactgenerator.h"

#include "core/demo/catalog.h"
#include "core/demo/names.h"
#include "core/demo/places.h"
#include "core/demo/rowbinder.h"
#include "core/demo/texts.h"
#include "core/storage/database.h"

#include <cmath>

namespace Kizuna::Demo {

namespace {

constexpr const char *KindKeys[] = {"lead", "customer", "partner", "other"};
constexpr const char *StageKeys[] = {"subscriber", "lead", "qualified_lead", "opportunity",
                                     "customer", "evangelist", "churned"};
constexpr const char *SourceKeys[] = {"web_form", "event", "referral", "ad", "sns", "line",
                                      "walk_in", "import", "other"};
constexpr int SourceWeights[] = {28, 8, 10, 14, 12, 10, 12, 4, 2};
constexpr const char *MailDomains[] = {"example.jp", "example.ne.jp", "example.co.jp", "example.com",
                                       "example.net", "example.org"};
constexpr int MailDomainWeights[] = {30, 25, 10, 20, 10, 5};

template<typename T>
const T &pickFrom(Random &random, std::span<const T> items)
{
    return items[random.below(items.size())];
}

// Frequent names first: index = n·u^skew favours the head of a table sorted by frequency.
template<typename T>
const T &pickSkewed(Random &random, std::span<const T> items, double skew)
{
    const auto index = static_cast<std::size_t>(double(items.size()) * std::pow(random.uniform(), skew));
    return items[std::min(index, items.size() - 1)];
}

} // namespace

ContactGenerator::ContactGenerator(Storage::Database &db, const World &world, DemoSummary &summary)
    : m_db(db), m_world(world), m_summary(summary), m_random(world.seed, StreamContacts)
{
    m_orderTimes.reserve(256);
    m_lines.reserve(8);
}

Status ContactGenerator::prepare()
{
    struct Entry
    {
        Storage::Statement **target;
        const char *sql;
    };
    const Entry entries[] = {
        {&m_insertContact,
         "INSERT INTO contacts (id, kind, lifecycle_stage, family_name, given_name, family_name_reading, "
         "given_name_reading, email, phone, mobile, company_id, department, title, postal_code, "
         "prefecture, city, address_line, country, birthday, source, owner_id, marketing_opt_in, "
         "marketing_opt_in_at, loyalty_points, loyalty_rank, notes, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'JP', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertOrder,
         "INSERT INTO orders (id, contact_id, order_number, ordered_at, channel, total, currency, "
         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'JPY', ?, ?)"},
        {&m_insertOrderLine,
         "INSERT INTO order_lines (id, order_id, product_id, quantity, unit_price, position, "
         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertDeal,
         "INSERT INTO deals (id, title, contact_id, company_id, pipeline_id, stage_id, amount, currency, "
         "probability, expected_close_date, status, lost_reason_id, closed_at, stage_entered_at, "
         "owner_id, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, 'JPY', ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertDealLine,
         "INSERT INTO deal_lines (id, deal_id, product_id, quantity, unit_price, discount, position, "
         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertStageChange,
         "INSERT INTO deal_stage_history (id, deal_id, from_stage_id, to_stage_id, changed_at, author, "
         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertActivity,
         "INSERT INTO activities (id, type, direction, channel, subject, body, occurred_at, "
         "duration_minutes, outcome, contact_id, company_id, deal_id, owner_id, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertTask,
         "INSERT INTO tasks (id, title, notes, due_at, remind_at, done_at, contact_id, company_id, "
         "deal_id, owner_id, origin, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertMember,
         "INSERT INTO campaign_members (id, campaign_id, variant_id, contact_id, status, sent_at, "
         "delivered_at, opened_at, clicked_at, converted_at, unsubscribed_at, bounced_at, created_at, "
         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertSurvey,
         "INSERT INTO survey_answers (id, contact_id, campaign_id, score, comment, answered_at, "
         "created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)"},
        {&m_insertContactTag,
         "INSERT INTO contact_tags (id, contact_id, tag_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"},
    };
    for (const Entry &entry : entries) {
        auto statement = m_db.cached(entry.sql);
        if (!statement.ok())
            return statement.error();
        *entry.target = *statement;
    }
    return {};
}

Status ContactGenerator::generate(std::int64_t index, bool withDeal)
{
    m_random = Random(m_world.seed, StreamContacts, static_cast<std::uint64_t>(index));
    m_orderTimes.clear();
    m_spend = 0;
    m_alive = true;
    m_boughtGift = false;
    m_complained = false;
    m_dealStatus = NoDeal;

    makePerson();
    KIZUNA_TRY(makePurchases());
    if (withDeal)
        KIZUNA_TRY(makeDeal());
    decideLifecycle();
    KIZUNA_TRY(makeActivities());
    KIZUNA_TRY(makeTasks());
    KIZUNA_TRY(makeCampaignMemberships());
    KIZUNA_TRY(makeSurveyAnswer());
    KIZUNA_TRY(writeTags());
    return writeContact();
}

std::int64_t ContactGenerator::randomTimeBetween(std::int64_t from, std::int64_t to)
{
    if (to <= from)
        return from;
    return from + static_cast<std::int64_t>(m_random.uniform() * double(to - from));
}

std::int64_t ContactGenerator::businessTime(int day)
{
    return Timeline::at(day, static_cast<int>(m_random.between(9 * 60, 19 * 60)));
}

void ContactGenerator::makePerson()
{
    const Timeline &timeline = m_world.timeline;
    m_id = makeId(m_random);
    // More contacts join every year (the join date's density grows with time), and more in the
    // gift seasons: thinned by the monthly seasonality of purchases.
    int day = 0;
    do {
        const double f = std::pow(m_random.uniform(), 1.0 / 1.6);
        day = timeline.firstDay() + static_cast<int>(f * Timeline::HistoryDays);
    } while (m_random.uniform() * SeasonalityMax >= seasonality(Timeline::monthOf(Timeline::at(day, 12 * 60))));
    m_created = Timeline::at(std::min(day, timeline.asOfDay()),
                             static_cast<int>(m_random.between(8 * 60, 23 * 60)));
    if (m_created > timeline.now())
        m_created = timeline.now() - m_random.between(1, 600) * Timeline::MsPerMinute;

    m_japanese = m_random.chance(0.7);
    m_female = m_random.chance(0.5);
    if (m_japanese) {
        m_family = &pickSkewed(m_random, japaneseFamilyNames(), 1.8);
        m_given = &pickFrom(m_random, m_female ? japaneseFemaleNames() : japaneseMaleNames());
    } else {
        m_family = &pickFrom(m_random, westernFamilyNames());
        m_given = &pickFrom(m_random, westernGivenNames());
    }
    m_owner = static_cast<int>(m_random.weighted(m_world.ownerWeights.data(), m_world.ownerWeights.size()));
    m_source = static_cast<int>(m_random.weighted(SourceWeights, std::size(SourceWeights)));

    m_company = -1;
    m_department.clear();
    m_title.clear();
    if (!m_world.companies.empty() && m_random.chance(0.22)) {
        const auto count = double(m_world.companies.size());
        m_company = std::min(static_cast<int>(count * std::pow(m_random.uniform(), 1.5)),
                             static_cast<int>(count) - 1);
        const CompanyRef &company = m_world.companies[static_cast<std::size_t>(m_company)];
        if (company.createdMs > m_created)
            m_created = std::min(timeline.now(), company.createdMs + m_random.between(1, 30 * 24) * Timeline::MsPerHour);
        m_owner = company.owner;
        m_department = pickFrom(m_random, departments());
        m_title = pickFrom(m_random, jobTitles());
    }
    m_lastTouch = m_created;

    m_city = &m_world.pickCity(m_random);
    m_postal = postalCode(m_random, *m_city);
    m_street = streetLine(m_random, true);
    m_mobile = m_random.chance(0.75) ? mobileNumber(m_random) : std::string();
    if (m_company >= 0)
        m_phone = m_world.companies[static_cast<std::size_t>(m_company)].phone;
    else
        m_phone = m_random.chance(0.3) ? phoneNumber(m_random, m_city->areaCode) : std::string();
    makeEmail();

    m_birthday = INT_MIN;
    if (m_random.chance(0.6)) {
        const auto age = m_random.between(20, 79);
        m_birthday = timeline.asOfDay() - static_cast<int>(age * 365 + age / 4) - static_cast<int>(m_random.below(365));
    }
    m_optIn = m_random.chance(0.6);
    m_optInAt = m_optIn ? std::min(timeline.now(), m_created + m_random.between(0, 48 * 60) * Timeline::MsPerMinute) : 0;
    m_notes = m_random.chance(0.03) ? pickFrom(m_random, contactNotes()) : std::string();

    // A few partners and others never buy; the rest may.
    const double kindDraw = m_random.uniform();
    m_kind = kindDraw < 0.03 ? 2 : kindDraw < 0.05 ? 3 : 0;
}

void ContactGenerator::makeEmail()
{
    m_email.clear();
    if (!m_random.chance(0.9))
        return;
    const std::string family(m_family->romaji);
    const std::string given(m_given->romaji);
    if (m_company >= 0 && m_random.chance(0.8)) {
        m_email = (m_random.chance(0.7) ? given + '.' + family : given.substr(0, 1) + '.' + family) + '@'
                  + m_world.companies[static_cast<std::size_t>(m_company)].domain;
        return;
    }
    switch (m_random.below(5)) {
    case 0: m_email = given + '.' + family; break;
    case 1: m_email = family + '.' + given; break;
    case 2: m_email = family + '_' + given.substr(0, 1); break;
    case 3: m_email = given.substr(0, 1) + family; break;
    default: m_email = given + family.substr(0, 1); break;
    }
    if (m_random.chance(0.5))
        m_email += std::to_string(m_random.between(1, 999));
    m_email += '@';
    m_email += MailDomains[m_random.weighted(MailDomainWeights, std::size(MailDomainWeights))];
}

void ContactGenerator::decideLifecycle()
{
    const std::int64_t now = m_world.timeline.now();
    if (!m_orderTimes.empty()) {
        m_kind = 1;
        const std::int64_t last = m_orderTimes.back();
        if (!m_alive && now - last > 300 * Timeline::MsPerDay)
            m_stage = 6;
        else if (m_orderTimes.size() >= 6 && m_random.chance(0.45))
            m_stage = 5;
        else
            m_stage = 4;
        return;
    }
    if (m_dealStatus == DealOpen) {
        m_stage = 3;
    } else if (m_dealStatus == DealLost) {
        m_stage = 2;
    } else {
        static constexpr int Weights[] = {30, 45, 25};
        m_stage = static_cast<int>(m_random.weighted(Weights, 3));
    }
}

Status ContactGenerator::writeTags()
{
    const std::int64_t now = m_world.timeline.now();
    const bool dormant = m_stage == 4 && now - m_orderTimes.back() > 180 * Timeline::MsPerDay;
    const bool flags[] = {
        m_spend >= 60000,                                     // VIP
        m_orderTimes.size() >= 3,                             // repeat buyer
        m_company >= 0,                                       // business
        m_optIn && m_random.chance(0.2),                      // newsletter
        m_source == 5,                                        // LINE friend
        m_source == 1,                                        // event
        m_source == 2,                                        // referral
        m_dealStatus == DealOpen || m_complained || m_random.chance(0.02), // follow up
        m_boughtGift && m_random.chance(0.3),                 // gift buyer
        dormant,                                              // dormant
    };
    for (std::size_t tag = 0; tag < std::size(flags); ++tag) {
        if (!flags[tag])
            continue;
        const std::int64_t when = randomTimeBetween(m_created, m_lastTouch);
        KIZUNA_TRY(RowBinder(m_insertContactTag).id(makeId(m_random)).id(m_id).id(m_world.tags[tag])
                       .stamp(when).stamp(when).run());
    }
    return {};
}

Status ContactGenerator::writeContact()
{
    const auto spend = static_cast<std::int64_t>(m_spend);
    std::int64_t points = spend / 100;
    if (points > 0)
        points -= static_cast<std::int64_t>(double(points) * 0.6 * m_random.uniform()); // redeemed
    const char *rank = spend >= 150000 ? "platinum"
                       : spend >= 60000 ? "gold"
                       : spend >= 20000 ? "silver"
                       : spend > 0      ? "bronze"
                                        : nullptr;
    RowBinder row(m_insertContact);
    row.id(m_id).text(KindKeys[m_kind]).text(StageKeys[m_stage]).text(m_family->text).text(m_given->text)
        .text(m_family->reading).text(m_given->reading).optionalText(m_email).optionalText(m_phone)
        .optionalText(m_mobile)
        .optionalId(m_company >= 0 ? &m_world.companies[static_cast<std::size_t>(m_company)].id : nullptr)
        .optionalText(m_department).optionalText(m_title).text(m_postal).text(m_city->prefecture)
        .text(m_city->city).text(m_street);
    if (m_birthday == INT_MIN)
        row.null();
    else
        row.date(m_birthday);
    row.text(SourceKeys[m_source]).id(m_world.users[static_cast<std::size_t>(m_owner)])
        .integer(m_optIn ? 1 : 0);
    if (m_optIn)
        row.stamp(m_optInAt);
    else
        row.null();
    row.integer(points).text(rank).optionalText(m_notes).stamp(m_created).stamp(m_lastTouch);
    KIZUNA_TRY(row.run());
    ++m_summary.contacts;
    return {};
}

} // namespace Kizuna::Demo
