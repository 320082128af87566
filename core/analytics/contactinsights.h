// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/associationrules.h"
#include "core/analytics/bgnbdmodel.h"
#include "core/analytics/churnrisk.h"
#include "core/analytics/customerhistory.h"
#include "core/analytics/gammagammamodel.h"
#include "core/analytics/leadscoring.h"
#include "core/analytics/rfm.h"
#include "core/storage/result.h"

#include <QDate>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

struct InsightsOptions
{
    QDate asOf;                        // invalid: today
    int dormantDays = 180;             // dormant: no purchase for more than this many days
    double purchaseWeeks = 12;         // horizon of "expected purchases"
    double clvWeeks = 52;              // CLV horizon (1 year)
    double monthlyDiscountRate = 0.01;
    int crossSellLimit = 5;
};

// A number and one line saying what it means for this contact.
struct Explained
{
    double value = 0;
    QString why;
};

struct InsightCrossSell
{
    QString item;      // product id or category name
    QString label;     // product name or category name
    QString because;   // display label of the owned item behind the suggestion
    bool category = false;
    double confidence = 0;
    double lift = 0;
    QString why;
};

// Everything the contact page's "Insights" tab shows about one contact.
struct ContactInsights
{
    QString contactId;
    QDate asOf;
    bool hasOrders = false;

    // RFM, scored against the quintile boundaries of every customer as of the day.
    int r = 0, f = 0, m = 0;
    RfmClass rfmClass = RfmClass::Lost;
    double recencyDays = 0, frequency = 0, monetary = 0;
    QString rfmWhy;
    bool dormant = false;
    int daysSinceLastPurchase = -1; // −1: never bought
    QString dormantWhy;

    // BG/NBD + Gamma-Gamma (absent when the models could not be fitted or the contact never bought).
    bool hasClv = false;
    Explained probabilityAlive;
    Explained expectedPurchases;    // over InsightsOptions::purchaseWeeks
    Explained expectedAverageValue; // Gamma-Gamma E[M] (mean repeat spend without a fit)
    Explained clv;                  // over InsightsOptions::clvWeeks, discounted
    Explained churnRisk;            // max(1 − P(alive), recency risk): see churnrisk.h
    ChurnRiskClass churnRiskClass = ChurnRiskClass::Low;

    // Lead score (points model) for contacts that are leads.
    bool isLead = false;
    LeadScore leadScore;
    QString leadWhy;

    std::vector<InsightCrossSell> crossSell; // best first, at most InsightsOptions::crossSellLimit
};

// What scoring one contact needs to know about all customers as of a day: computed once (seconds
// on a big file) and cached in the file's `settings` table as JSON (key PopulationModel::SettingsKey)
// with its as-of day and number of customers (contacts with an order on or before that day) — a
// stored model is used while both are unchanged — and in memory per database path for the rest of
// the day. So orders and customers added during the day are scored against that day's boundaries,
// fit and rules (the contact's own numbers are always current): an approximation that moves a
// quintile boundary by at most the customers added since.
struct PopulationModel
{
    static constexpr const char *SettingsKey = "analytics.contact_insights.population";

    QDate asOf;
    qint64 customers = 0;
    // RFM: for score k = 2…5, the worst value that still earns k (max recency days, min
    // frequency and monetary) among all customers; nullopt when nobody earns k. Scoring one value
    // against these reproduces quintileScores() exactly for every customer of the population.
    std::array<std::optional<double>, 4> recencyCut, frequencyCut, monetaryCut;
    std::optional<BgNbdParams> bgnbd;
    std::optional<GammaGammaParams> gammaGamma;
    // Days between consecutive purchase days of every customer (repeat gaps): (days, count), by days.
    std::vector<std::pair<qint64, qint64>> gapHistogram;
    qint64 gapTotal = 0;
    std::vector<AssociationRule> productRules, categoryRules;

    QString toJson() const;
    static std::optional<PopulationModel> fromJson(const QString &json);
};

// Scores one value against cut-offs as described above (1–5).
int scoreAgainst(const std::array<std::optional<double>, 4> &cuts, double value, bool higherIsBetter);

// The steps of computing a population model from scratch, reported as each begins (on the
// computing thread).
enum class ModelStep { Rfm, Histories, Fitting, Rules };
using ModelStepCallback = std::function<void(ModelStep)>;

// The population model for `asOf`: from memory (same day), else from `settings` (same day and
// customer count), else computed (and stored). One computation at a time per process: a second
// caller waits for the first (still cancellable) and takes its result. When cancelled it returns
// ErrorKind::Cancelled and stores nothing.
Result<PopulationModel> populationModel(Storage::Database &db, QDate asOf,
                                        const std::atomic<bool> *cancel = nullptr,
                                        const ModelStepCallback &onStep = {});

// What the fitted models say about one customer, exactly as the Insights tab shows it (the churn
// risk list scores every customer with this too, so the two agree).
struct CustomerOutlook
{
    double expectedPurchases = 0;    // over InsightsOptions::purchaseWeeks
    double expectedAverageValue = 0; // Gamma-Gamma E[M]; the mean repeat spend without a fit
    double clv = 0;                  // over InsightsOptions::clvWeeks, discounted
    qint64 silentDays = 0;           // days from the last purchase to the as-of day
    ChurnRisk churn;                 // with P(alive)
};

// Needs model.bgnbd; `history` as of `asOf` (its calibration end).
CustomerOutlook customerOutlook(const PopulationModel &model, const CustomerHistory &history, QDate asOf,
                                const InsightsOptions &options);

// Insights of one contact (run on a worker: the first call of a day may compute the model).
Result<ContactInsights> computeContactInsights(Storage::Database &db, const QString &contactId,
                                               const InsightsOptions &options = {},
                                               const std::atomic<bool> *cancel = nullptr);

// How many times the population model was computed from scratch in this process (tests).
int populationModelBuilds();
// Forgets the in-memory cache (the `settings` copy stays).
void clearPopulationModelMemoryCache();

} // namespace Kizuna::Analytics
