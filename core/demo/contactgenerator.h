// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demoworld.h"
#include "core/storage/statement.h"

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

namespace Kizuna::Demo {

struct NamePart;

// Relative purchase and sign-up activity per month (0 = January): gift peaks in July (お中元)
// and December (お歳暮), a lull in February and August.
inline constexpr double SeasonalityMax = 1.6;
inline double seasonality(int month)
{
    static constexpr double Factors[12] = {0.95, 0.8, 1.0, 0.95, 1.0, 1.0, 1.45, 0.8, 0.9, 0.95, 1.05, 1.6};
    return Factors[month];
}

// Generates one contact and everything that hangs off it — orders and lines, a deal with its
// stage history and lines (for one contact in ten), activities, tasks, campaign memberships,
// an NPS answer and tags — from the contact's own random stream, and inserts the rows.
// The contact row is written last because kind, lifecycle stage and loyalty follow from the
// history. Implementation split by topic: contactgenerator*.cpp.
class ContactGenerator final
{
public:
    ContactGenerator(Storage::Database &db, const World &world, DemoSummary &summary);

    Status prepare();
    Status generate(std::int64_t index, bool withDeal);

private:
    enum DealStatus { NoDeal, DealOpen, DealWon, DealLost };
    struct Line
    {
        int product;
        int quantity;
        int unitPrice;
        double discount;
    };

    // contactgenerator.cpp
    void makePerson();
    void makeEmail();
    void decideLifecycle();
    Status writeTags();
    Status writeContact();

    // contactgenerator_orders.cpp
    Status makePurchases();
    void drawOrderLines(std::int64_t when, std::vector<Line> &lines);
    Status writeOrder(std::int64_t when, const char *channel, const std::vector<Line> &lines);

    // contactgenerator_deals.cpp
    Status makeDeal();
    void planDealTimes(bool open);
    Status writeDealHistory(int reachedStage);
    Status writeDealLines();

    // contactgenerator_engagement.cpp
    Status makeActivities();
    Status writeActivity(std::size_t kind, std::int64_t when, const IdText *deal, int subject = -1);
    Status makeTasks();
    Status writeTask(const char *title, const char *notes, const char *origin, std::int64_t due,
                     bool done, const IdText *deal);
    Status makeCampaignMemberships();
    Status makeSurveyAnswer();

    std::int64_t randomTimeBetween(std::int64_t from, std::int64_t to);
    std::int64_t businessTime(int day);
    void touch(std::int64_t ms) { m_lastTouch = std::max(m_lastTouch, ms); }

    Storage::Database &m_db;
    const World &m_world;
    DemoSummary &m_summary;
    Random m_random;
    std::int64_t m_orderNumber = 0;

    Storage::Statement *m_insertContact = nullptr;
    Storage::Statement *m_insertOrder = nullptr;
    Storage::Statement *m_insertOrderLine = nullptr;
    Storage::Statement *m_insertDeal = nullptr;
    Storage::Statement *m_insertDealLine = nullptr;
    Storage::Statement *m_insertStageChange = nullptr;
    Storage::Statement *m_insertActivity = nullptr;
    Storage::Statement *m_insertTask = nullptr;
    Storage::Statement *m_insertMember = nullptr;
    Storage::Statement *m_insertSurvey = nullptr;
    Storage::Statement *m_insertContactTag = nullptr;

    // The contact being generated.
    IdText m_id{};
    std::int64_t m_created = 0;
    std::int64_t m_lastTouch = 0;
    bool m_japanese = true;
    bool m_female = false;
    const NamePart *m_family = nullptr;
    const NamePart *m_given = nullptr;
    std::string m_email, m_phone, m_mobile, m_postal, m_street, m_department, m_title, m_notes;
    const City *m_city = nullptr;
    int m_birthday = INT_MIN; // day number, INT_MIN: unknown
    int m_source = 0;
    int m_owner = 0;
    int m_company = -1;
    bool m_optIn = false;
    std::int64_t m_optInAt = 0;
    int m_kind = 0;  // index into the contact kinds
    int m_stage = 0; // index into the lifecycle stages
    bool m_buyer = false;

    // Purchase history.
    std::vector<std::int64_t> m_orderTimes;
    std::vector<Line> m_lines;
    double m_spend = 0;
    bool m_alive = true;
    bool m_boughtGift = false;
    int m_favourite[2] = {0, 0};
    bool m_complained = false;

    // The contact's deal, if any.
    int m_dealStatus = NoDeal;
    IdText m_dealId{};
    std::int64_t m_dealCreated = 0;
    std::int64_t m_dealClosed = 0;
    int m_dealStage = 0;
    std::vector<std::int64_t> m_stageTimes;
    std::vector<Line> m_dealLines;
};

} // namespace Kizuna::Demo
