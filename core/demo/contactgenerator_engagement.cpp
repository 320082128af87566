// SPDX-License-Identifier: GPL-3.0-or-later
// The contact's timeline: activities (more for active buyers, clustered after orders, none after
// a churned customer has gone quiet), tasks around the as-of day (overdue, today, upcoming,
// done), campaign memberships with their funnel, and an NPS answer for some customers.
#include "core/demo/contactgenerator.h"

#include "core/demo/rowbinder.h"
#include "core/demo/texts.h"
#include "core/storage/statement.h"

#include <algorithm>
#include <cmath>

namespace Kizuna::Demo {

namespace {

constexpr double ActivityBase = 2.3;     // mean activities besides the first touch …
constexpr double ActivityPerOrder = 0.7; // … plus this many per order
constexpr int MaxActivities = 80;

// The first touch, by source channel: activity kind and subject.
struct FirstTouch
{
    std::size_t kind;
    int subject;
};
constexpr FirstTouch FirstTouches[] = {
    {6, 0}, // web_form → お問い合わせフォーム
    {3, 5}, // event → 展示会ブースでのご挨拶
    {0, 1}, // referral → 商品についての問い合わせ
    {6, 5}, // ad → 会員登録
    {5, 0}, // sns → Instagram
    {5, 2}, // line → LINE
    {3, 0}, // walk_in → 店舗へのご来店
    {8, 4}, // import → 引き継ぎメモ
    {8, 0}, // other → 電話メモ
};

std::vector<int> activityWeights()
{
    std::vector<int> weights;
    for (const ActivityKind &kind : activityKinds())
        weights.push_back(kind.weight);
    return weights;
}

} // namespace

Status ContactGenerator::writeActivity(std::size_t kindIndex, std::int64_t when, const IdText *deal, int subject)
{
    static constexpr int CallOutcomeWeights[] = {70, 20, 10};
    static constexpr const char *CallOutcomes[] = {"connected", "no_answer", "voicemail"};
    const ActivityKind &kind = activityKinds()[kindIndex];
    const char *direction = kind.direction;
    if (direction && direction[0] == 'b')
        direction = m_random.chance(0.5) ? "in" : "out";
    const char *channel = kind.channels[m_random.below(3)];
    const char *subjectText = kind.subjects[subject >= 0 ? static_cast<std::size_t>(subject) : m_random.below(6)];
    const char *body = m_random.chance(0.6) ? kind.bodies[m_random.below(3)] : nullptr;
    RowBinder row(m_insertActivity);
    row.id(makeId(m_random)).text(kind.type).text(direction).text(channel).text(subjectText).text(body).stamp(when);
    const std::string_view type(kind.type);
    if (type == "call") {
        const std::size_t outcome = m_random.weighted(CallOutcomeWeights, 3);
        row.integer(outcome == 0 ? m_random.between(2, 25) : 1).text(CallOutcomes[outcome]);
    } else if (type == "meeting") {
        row.integer(m_random.between(2, 6) * 15).text(m_random.chance(0.9) ? "held" : "rescheduled");
    } else if (type == "visit") {
        row.integer(m_random.between(1, 4) * 15).null();
    } else if (type == "complaint") {
        m_complained = true;
        row.null().text(m_random.chance(0.8) ? "resolved" : "open");
    } else {
        row.null().null();
    }
    row.id(m_id).optionalId(m_company >= 0 ? &m_world.companies[static_cast<std::size_t>(m_company)].id : nullptr)
        .optionalId(deal).id(m_world.users[static_cast<std::size_t>(m_owner)]).stamp(when).stamp(when);
    KIZUNA_TRY(row.run());
    ++m_summary.activities;
    touch(when);
    return {};
}

Status ContactGenerator::makeActivities()
{
    static const std::vector<int> weights = activityWeights();
    const std::int64_t now = m_world.timeline.now();
    const FirstTouch first = FirstTouches[m_source];
    KIZUNA_TRY(writeActivity(first.kind, m_created, nullptr, first.subject));

    const auto orders = static_cast<int>(m_orderTimes.size());
    const int count = std::min(MaxActivities,
                               m_random.poisson(ActivityBase + ActivityPerOrder * std::min(orders, 40)));
    // A churned customer stops talking to the shop some months after the last order.
    const std::int64_t end = m_stage == 6 ? std::min(now, m_orderTimes.back() + 150 * Timeline::MsPerDay) : now;
    for (int i = 0; i < count; ++i) {
        std::int64_t when = 0;
        if (orders > 0 && m_random.chance(0.45)) {
            const std::int64_t order = m_orderTimes[m_random.below(static_cast<std::uint64_t>(orders))];
            when = std::min(now, order + m_random.between(10, 7 * 24 * 60) * Timeline::MsPerMinute);
        } else {
            when = randomTimeBetween(m_created, end);
        }
        KIZUNA_TRY(writeActivity(m_random.weighted(weights.data(), weights.size()), when, nullptr));
    }
    return {};
}

Status ContactGenerator::writeTask(const char *title, const char *notes, const char *origin, std::int64_t due,
                                   bool done, const IdText *deal)
{
    const std::int64_t now = m_world.timeline.now();
    const std::int64_t created = std::clamp(due - m_random.between(1, 14) * Timeline::MsPerDay, m_created,
                                            std::min(now, std::max(m_created, due)));
    RowBinder row(m_insertTask);
    row.id(makeId(m_random)).text(title).text(notes).stamp(due);
    if (!done && m_random.chance(0.4))
        row.stamp(due - 30 * Timeline::MsPerMinute);
    else
        row.null();
    std::int64_t updated = created;
    if (done) {
        updated = std::clamp(due + m_random.between(-48, 24) * Timeline::MsPerHour, created, now);
        row.stamp(updated);
    } else {
        row.null();
    }
    row.id(m_id).optionalId(m_company >= 0 ? &m_world.companies[static_cast<std::size_t>(m_company)].id : nullptr)
        .optionalId(deal).id(m_world.users[static_cast<std::size_t>(m_owner)]).text(origin).stamp(created).stamp(updated);
    KIZUNA_TRY(row.run());
    ++m_summary.tasks;
    return {};
}

Status ContactGenerator::makeTasks()
{
    const Timeline &timeline = m_world.timeline;
    const double draw = m_random.uniform();
    if (draw >= 0.35)
        return {};
    const auto templates = contactTasks();
    const TaskTemplate *task = &templates[m_random.below(templates.size())];
    const std::string_view title(task->title);
    if ((title == "誕生日特典のご案内" && m_birthday == INT_MIN) || (title == "休眠顧客へのフォロー" && m_stage != 4))
        task = &templates[0];
    const int minute = static_cast<int>(m_random.between(9, 18)) * 60;
    if (draw < 0.12) {
        // Around today: overdue, due today or upcoming; a few of the overdue ones are done.
        const int day = timeline.asOfDay() + static_cast<int>(m_random.between(-10, 14));
        const std::int64_t due = std::max(Timeline::at(day, minute), m_created + Timeline::MsPerHour);
        return writeTask(task->title, task->notes, task->origin, due, due < timeline.now() && m_random.chance(0.3), nullptr);
    }
    const std::int64_t past = randomTimeBetween(m_created, timeline.now() - Timeline::MsPerDay);
    const std::int64_t due = std::max(Timeline::at(Timeline::dayOf(past), minute), m_created);
    return writeTask(task->title, task->notes, task->origin, due, m_random.chance(0.93), nullptr);
}

Status ContactGenerator::makeCampaignMemberships()
{
    static constexpr const char *StepKeys[] = {"pending", "sent", "delivered", "opened", "clicked", "converted"};
    if (!m_optIn)
        return {};
    const std::int64_t now = m_world.timeline.now();
    const int optInDay = Timeline::dayOf(m_optInAt);
    const bool lineFriend = m_source == 5 || m_random.chance(0.35);
    const std::int64_t quietAfter = m_stage == 6 ? m_orderTimes.back() + 365 * Timeline::MsPerDay : now;
    for (const CampaignRef &campaign : m_world.campaigns) {
        if (campaign.status == Draft || campaign.startDay <= optInDay)
            continue;
        if (campaign.channel == LineMessage && !lineFriend)
            continue;
        if (Timeline::at(campaign.startDay, 0) > quietAfter || !m_random.chance(campaign.joinProbability))
            continue;
        const VariantRef &variant = campaign.variants[campaign.variantCount == 2 ? m_random.below(2) : 0];
        // steps[1..5]: sent, delivered, opened, clicked, converted; 0 where not reached.
        std::int64_t steps[6] = {};
        std::int64_t unsubscribed = 0;
        std::int64_t bounced = 0;
        const std::int64_t sent = Timeline::at(campaign.startDay, 10 * 60) + m_random.between(0, 120) * Timeline::MsPerMinute;
        if (campaign.status != Scheduled && sent <= now) {
            steps[1] = sent;
            const bool postal = campaign.channel == DirectMail || campaign.channel == Flyer;
            const double bounce = postal ? 0.02 : campaign.channel == LineMessage ? 0.0 : 0.03;
            if (m_random.chance(bounce)) {
                bounced = sent + (postal ? 3 * Timeline::MsPerDay : Timeline::MsPerMinute);
            } else {
                // Post is not tracked between sending and a conversion (a coupon redeemed).
                if (postal) {
                    if (m_random.chance(0.025))
                        steps[5] = sent + m_random.between(2, 21) * Timeline::MsPerDay;
                } else {
                    steps[2] = sent + m_random.between(1, 5) * Timeline::MsPerMinute;
                }
                if (!postal && m_random.chance(variant.openRate)) {
                    steps[3] = steps[2] + static_cast<std::int64_t>(std::min(5.0, m_random.exponential(3.0)) * Timeline::MsPerDay);
                    if (m_random.chance(campaign.channel == Webinar ? 0.6 : 0.22)) {
                        steps[4] = steps[3] + m_random.between(0, 30) * Timeline::MsPerMinute;
                        if (m_random.chance(campaign.channel == Webinar ? 0.15 : 0.1))
                            steps[5] = steps[4] + m_random.between(10, 3 * 24 * 60) * Timeline::MsPerMinute;
                    }
                }
                if (!postal && !steps[4] && m_random.chance(0.006))
                    unsubscribed = steps[2] + m_random.between(1, 72) * Timeline::MsPerHour;
            }
        }
        // Steps only happen in order, so the first one after now cuts off the rest.
        int reached = 0;
        for (int s = 1; s < 6; ++s) {
            if (steps[s] > now)
                steps[s] = 0;
            if (steps[s])
                reached = s;
        }
        if (bounced > now)
            bounced = 0;
        if (unsubscribed > now)
            unsubscribed = 0;
        const char *status = bounced ? "bounced" : unsubscribed ? "unsubscribed" : StepKeys[reached];
        const std::int64_t created = Timeline::at(campaign.startDay - 1, 9 * 60);
        const std::int64_t updated = std::max({created, steps[reached], bounced, unsubscribed});
        RowBinder row(m_insertMember);
        row.id(makeId(m_random)).id(campaign.id).id(variant.id).id(m_id).text(status);
        for (int s = 1; s < 6; ++s) {
            if (steps[s])
                row.stamp(steps[s]);
            else
                row.null();
        }
        if (unsubscribed)
            row.stamp(unsubscribed);
        else
            row.null();
        if (bounced)
            row.stamp(bounced);
        else
            row.null();
        KIZUNA_TRY(row.stamp(created).stamp(updated).run());
        ++m_summary.campaignMembers;
        if (unsubscribed) {
            m_optIn = false; // consent withdrawn: no further campaigns
            touch(unsubscribed);
            break;
        }
    }
    return {};
}

Status ContactGenerator::makeSurveyAnswer()
{
    static constexpr int Evangelist[11] = {0, 0, 0, 0, 0, 0, 0, 1, 4, 35, 60};
    static constexpr int Churned[11] = {6, 5, 7, 9, 10, 12, 14, 14, 10, 7, 6};
    static constexpr int Regular[11] = {1, 1, 1, 2, 2, 4, 6, 14, 24, 22, 23};
    if (m_orderTimes.empty() || !m_random.chance(0.13))
        return {};
    const std::int64_t now = m_world.timeline.now();
    const std::int64_t order = m_orderTimes[m_random.below(m_orderTimes.size())];
    const std::int64_t answered = std::min(now - Timeline::MsPerMinute, order + m_random.between(3, 14) * Timeline::MsPerDay);
    const int *weights = m_stage == 5 ? Evangelist : (m_stage == 6 || m_complained) ? Churned : Regular;
    const auto score = static_cast<int>(m_random.weighted(weights, 11));
    const auto comments = score >= 9 ? promoterComments() : score >= 7 ? passiveComments() : detractorComments();
    const char *comment = m_random.chance(0.55) ? comments[m_random.below(comments.size())] : nullptr;
    KIZUNA_TRY(RowBinder(m_insertSurvey).id(makeId(m_random)).id(m_id).integer(score).text(comment)
                   .stamp(answered).stamp(answered).stamp(answered).run());
    ++m_summary.surveyAnswers;
    touch(answered);
    return {};
}

} // namespace Kizuna::Demo
