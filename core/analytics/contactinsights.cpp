// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/contactinsights.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/clvanalysis.h"
#include "core/analytics/customerhistory.h"
#include "core/analytics/leadfeatures.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace Kizuna::Analytics {

namespace {

constexpr int ModelVersion = 1;
constexpr size_t MaxRulesPerLevel = 5000; // the strongest by lift; plenty for 5 suggestions

std::atomic<int> g_builds{0};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

// One build at a time: a second contact opened while the model is being built waits for it
// instead of building it again.
QMutex &buildMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, PopulationModel> &memoryCache()
{
    static QHash<QString, PopulationModel> cache;
    return cache;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 0);
}

// ---- JSON ---------------------------------------------------------------------------------

QJsonArray cutsToJson(const std::array<std::optional<double>, 4> &cuts)
{
    QJsonArray array;
    for (const auto &cut : cuts)
        array.append(cut ? QJsonValue(*cut) : QJsonValue());
    return array;
}

std::array<std::optional<double>, 4> cutsFromJson(const QJsonArray &array)
{
    std::array<std::optional<double>, 4> cuts;
    for (qsizetype i = 0; i < 4 && i < array.size(); ++i) {
        if (array.at(i).isDouble())
            cuts[static_cast<size_t>(i)] = array.at(i).toDouble();
    }
    return cuts;
}

QJsonArray rulesToJson(const std::vector<AssociationRule> &rules)
{
    QJsonArray array;
    for (const AssociationRule &r : rules)
        array.append(QJsonArray{r.antecedent, r.consequent, r.together, r.support, r.confidence, r.lift});
    return array;
}

std::vector<AssociationRule> rulesFromJson(const QJsonArray &array)
{
    std::vector<AssociationRule> rules;
    rules.reserve(static_cast<size_t>(array.size()));
    for (const QJsonValue &v : array) {
        const QJsonArray a = v.toArray();
        if (a.size() == 6)
            rules.push_back({a[0].toString(), a[1].toString(), static_cast<qint64>(a[2].toDouble()),
                             a[3].toDouble(), a[4].toDouble(), a[5].toDouble()});
    }
    return rules;
}

// ---- building the population model -------------------------------------------------------

Result<qint64> countCustomers(Storage::Database &db, QDate asOf)
{
    auto statement = db.prepare(QStringLiteral(
        "SELECT count(DISTINCT contact_id) FROM orders WHERE deleted_at IS NULL AND ordered_at < ?1"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, Storage::toStoredTimestamp(asOf.addDays(1).startOfDay()));
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    return *row ? static_cast<qint64>(statement->columnInt64(0)) : qint64{0};
}

// The worst value earning each score: per score first, then "score ≥ k" by running down from 5.
void fillCuts(const std::vector<RfmCustomer> &customers, PopulationModel &model)
{
    auto worse = [](std::optional<double> &cut, double value, bool higherIsBetter) {
        if (!cut || (higherIsBetter ? value < *cut : value > *cut))
            cut = value;
    };
    for (const RfmCustomer &c : customers) {
        if (c.r >= 2)
            worse(model.recencyCut[static_cast<size_t>(c.r - 2)], c.recencyDays, false);
        if (c.f >= 2)
            worse(model.frequencyCut[static_cast<size_t>(c.f - 2)], c.frequency, true);
        if (c.m >= 2)
            worse(model.monetaryCut[static_cast<size_t>(c.m - 2)], c.monetary, true);
    }
    for (int k = 2; k >= 0; --k) {
        const auto i = static_cast<size_t>(k);
        if (model.recencyCut[i + 1])
            worse(model.recencyCut[i], *model.recencyCut[i + 1], false);
        if (model.frequencyCut[i + 1])
            worse(model.frequencyCut[i], *model.frequencyCut[i + 1], true);
        if (model.monetaryCut[i + 1])
            worse(model.monetaryCut[i], *model.monetaryCut[i + 1], true);
    }
}

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

void report(const ModelStepCallback &onStep, ModelStep step)
{
    if (onStep)
        onStep(step);
}

// BG/NBD and Gamma-Gamma as analyseClv fits them, and the repeat-gap distribution churn risk uses.
// A fit that fails for want of data leaves its parameters out; a cancelled one stops the build.
Status fitModels(Storage::Database &db, QDate asOf, const std::atomic<bool> *cancel,
                 const ModelStepCallback &onStep, PopulationModel &model)
{
    report(onStep, ModelStep::Histories);
    auto histories = loadCustomerHistories(db, asOf, {}, cancel);
    if (!histories.ok())
        return histories.error();
    std::vector<BtydSummary> summaries;
    summaries.reserve(histories->size());
    QMap<qint64, qint64> gaps;
    for (const CustomerHistory &h : *histories) {
        summaries.push_back(h.calibration);
        QDate previous = h.firstPurchase;
        for (const QDate &day : h.repeatDays) {
            gaps[previous.daysTo(day)]++;
            previous = day;
        }
    }
    report(onStep, ModelStep::Fitting);
    auto bgnbd = BgNbdModel::fit(summaries, cancel);
    if (bgnbd.ok())
        model.bgnbd = bgnbd->params;
    else if (bgnbd.error().kind == ErrorKind::Cancelled)
        return bgnbd.error();
    auto gg = GammaGammaModel::fit(summaries, cancel);
    if (gg.ok())
        model.gammaGamma = gg->params;
    else if (gg.error().kind == ErrorKind::Cancelled)
        return gg.error();
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it) {
        model.gapHistogram.emplace_back(it.key(), it.value());
        model.gapTotal += it.value();
    }
    return {};
}

Result<std::vector<AssociationRule>> rules(Storage::Database &db, AssociationLevel level,
                                           const std::atomic<bool> *cancel)
{
    AssociationOptions options;
    options.level = level;
    auto mined = mineAssociationRules(db, options, cancel);
    if (mined.ok() && mined->size() > MaxRulesPerLevel)
        mined->resize(MaxRulesPerLevel);
    return mined;
}

Result<PopulationModel> buildModel(Storage::Database &db, QDate asOf, qint64 customers,
                                   const std::atomic<bool> *cancel, const ModelStepCallback &onStep)
{
    PopulationModel model;
    model.asOf = asOf;
    model.customers = customers;
    report(onStep, ModelStep::Rfm);
    auto rfm = computeRfm(db, asOf, cancel);
    if (!rfm.ok())
        return rfm.error();
    fillCuts(*rfm, model);
    KIZUNA_TRY(fitModels(db, asOf, cancel, onStep, model));
    if (isCancelled(cancel))
        return Error::cancelled(Tr::tr("cancelled"));
    report(onStep, ModelStep::Rules);
    auto products = rules(db, AssociationLevel::Product, cancel);
    if (!products.ok())
        return products.error();
    model.productRules = std::move(*products);
    auto categories = rules(db, AssociationLevel::Category, cancel);
    if (!categories.ok())
        return categories.error();
    model.categoryRules = std::move(*categories);
    if (isCancelled(cancel))
        return Error::cancelled(Tr::tr("cancelled"));
    ++g_builds;
    return model;
}

std::optional<PopulationModel> fromSettings(Storage::Database &db)
{
    auto select = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!select.ok())
        return std::nullopt;
    select->bind(1, QString::fromLatin1(PopulationModel::SettingsKey));
    auto row = select->step();
    if (!row.ok() || !*row)
        return std::nullopt;
    return PopulationModel::fromJson(select->columnText(0));
}

// A cache that cannot be written (read-only file, busy writer) must not stop the contact page.
void toSettings(Storage::Database &db, const PopulationModel &model)
{
    if (db.isReadOnly())
        return;
    auto upsert = db.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!upsert.ok())
        return;
    upsert->bind(1, QString::fromLatin1(PopulationModel::SettingsKey));
    upsert->bind(2, model.toJson());
    (void)upsert->run();
}

// ---- one contact --------------------------------------------------------------------------

Status scoreRfmOf(Storage::Database &db, const PopulationModel &model, ContactInsights &out, int dormantDays)
{
    auto statement = db.prepare(QStringLiteral(
        "SELECT julianday(?2) - julianday(date(max(ordered_at), ?3)), count(*), coalesce(sum(total), 0) "
        "FROM orders WHERE contact_id = ?4 AND deleted_at IS NULL AND ordered_at < ?1"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, Storage::toStoredTimestamp(out.asOf.addDays(1).startOfDay()));
    statement->bind(2, Storage::toStoredDate(out.asOf));
    statement->bind(3, Storage::localOffsetModifier());
    statement->bind(4, out.contactId);
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    out.hasOrders = *row && statement->columnInt64(1) > 0;
    if (!out.hasOrders) {
        out.dormantWhy = Tr::tr("No purchases yet, so no RFM score, lifetime value or churn risk.");
        return {};
    }
    out.recencyDays = statement->columnDouble(0);
    out.frequency = statement->columnDouble(1);
    out.monetary = statement->columnDouble(2);
    out.r = scoreAgainst(model.recencyCut, out.recencyDays, false);
    out.f = scoreAgainst(model.frequencyCut, out.frequency, true);
    out.m = scoreAgainst(model.monetaryCut, out.monetary, true);
    out.rfmClass = classifyRfm(out.r, out.f, out.m);
    out.rfmWhy = Tr::tr("Last purchase %1 days ago (R %2), %3 orders (F %4), %5 spent (M %6); each scored 1–5 "
                        "by quintiles of all %7 customers as of %8.")
                     .arg(QString::number(out.recencyDays, 'f', 0), QString::number(out.r),
                          QString::number(out.frequency, 'f', 0), QString::number(out.f),
                          QString::number(out.monetary, 'f', 0), QString::number(out.m),
                          QString::number(model.customers), out.asOf.toString(Qt::ISODate));
    out.daysSinceLastPurchase = static_cast<int>(std::lround(out.recencyDays));
    out.dormant = out.daysSinceLastPurchase > dormantDays;
    out.dormantWhy = out.dormant
                         ? Tr::tr("Dormant: no purchase for %1 days (more than %2).")
                               .arg(out.daysSinceLastPurchase).arg(dormantDays)
                         : Tr::tr("Active: last purchase %1 days ago (dormant after %2 days without one).")
                               .arg(out.daysSinceLastPurchase).arg(dormantDays);
    return {};
}

Status valueOf(Storage::Database &db, const PopulationModel &model, const InsightsOptions &options,
               ContactInsights &out)
{
    if (!model.bgnbd || !out.hasOrders)
        return {};
    auto history = loadCustomerHistory(db, out.contactId, out.asOf);
    if (!history.ok())
        return history.error().kind == ErrorKind::NotFound ? Status{} : Status{history.error()};
    const BtydSummary &s = history->calibration;
    const CustomerOutlook outlook = customerOutlook(model, *history, out.asOf, options);
    const double alive = outlook.churn.probabilityAlive;
    out.hasClv = true;
    out.probabilityAlive = {alive, Tr::tr("%1 % likely to still be buying, from %2 repeat purchase days in %3 "
                                          "weeks since the first (BG/NBD model of all customers).")
                                       .arg(percent(alive), QString::number(s.frequency, 'f', 0),
                                            QString::number(s.age, 'f', 0))};
    out.expectedPurchases = {outlook.expectedPurchases,
                             Tr::tr("Purchase days expected in the next %1 weeks (BG/NBD).")
                                 .arg(QString::number(options.purchaseWeeks, 'f', 0))};
    out.expectedAverageValue = {outlook.expectedAverageValue,
                                model.gammaGamma
                                    ? Tr::tr("Expected value of a future purchase: this customer's mean "
                                             "repeat spend weighed against all customers' (Gamma-Gamma).")
                                    : Tr::tr("Mean repeat spend (too few repeat buyers to fit Gamma-Gamma).")};
    out.clv = {outlook.clv,
               Tr::tr("Expected purchases over the next %1 weeks × expected purchase value, discounted at %2 % "
                      "a month.")
                   .arg(QString::number(options.clvWeeks, 'f', 0),
                        QString::number(options.monthlyDiscountRate * 100.0, 'g', 3))};
    out.churnRisk = {outlook.churn.value,
                     Tr::tr("The higher of 1 − P(alive) (%1 %) and the share of all repeat purchases that came "
                            "sooner than this customer's %2 days of silence (%3 %).")
                         .arg(percent(1.0 - alive), QString::number(outlook.silentDays),
                              percent(outlook.churn.recencyRisk))};
    out.churnRiskClass = outlook.churn.riskClass;
    return {};
}

Status leadOf(Storage::Database &db, ContactInsights &out)
{
    auto statement = db.prepare(QStringLiteral(
        "SELECT kind, lifecycle_stage FROM contacts WHERE id = ?1 AND deleted_at IS NULL"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, out.contactId);
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("contact %1 does not exist or is in the Trash").arg(out.contactId));
    static const QStringList leadStages{QStringLiteral("subscriber"), QStringLiteral("lead"),
                                        QStringLiteral("qualified_lead"), QStringLiteral("opportunity")};
    out.isLead = statement->columnText(0) == u"lead" || leadStages.contains(statement->columnText(1));
    if (!out.isLead)
        return {};
    auto features = leadFeatures(db, out.contactId, out.asOf);
    if (!features.ok())
        return features.error();
    out.leadScore = pointsLeadScore(*features);
    out.leadWhy = Tr::tr("Points (0–100) for source channel, recent activities, lifecycle stage and email "
                         "engagement; the largest factors are listed.");
    return {};
}

Result<QString> productName(Storage::Database &db, const QString &id)
{
    auto statement = db.cached("SELECT name FROM products WHERE id = ?1");
    if (!statement.ok())
        return statement.error();
    (*statement)->bind(1, id);
    auto row = (*statement)->step();
    if (!row.ok())
        return row.error();
    const QString name = *row ? (*statement)->columnText(0) : id;
    (*statement)->reset();
    return name;
}

Status crossSellOf(Storage::Database &db, const PopulationModel &model, const InsightsOptions &options,
                   ContactInsights &out)
{
    auto statement = db.prepare(QStringLiteral(
        "SELECT DISTINCT l.product_id, p.category FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "AND l.deleted_at IS NULL JOIN products p ON p.id = l.product_id "
        "WHERE o.contact_id = ?1 AND o.deleted_at IS NULL"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, out.contactId);
    QSet<QString> products, categories;
    KIZUNA_TRY(statement->forEachRow([&]() -> Status {
        products.insert(statement->columnText(0));
        if (!statement->columnText(1).isEmpty())
            categories.insert(statement->columnText(1));
        return {};
    }));
    std::vector<InsightCrossSell> all;
    for (const CrossSellSuggestion &s : suggestCrossSell(model.productRules, products, options.crossSellLimit)) {
        auto label = productName(db, s.item);
        auto because = productName(db, s.because);
        if (!label.ok() || !because.ok())
            return label.ok() ? because.error() : label.error();
        all.push_back({s.item, *label, *because, false, s.confidence, s.lift, {}});
    }
    for (const CrossSellSuggestion &s : suggestCrossSell(model.categoryRules, categories, options.crossSellLimit))
        all.push_back({s.item, s.item, s.because, true, s.confidence, s.lift, {}});
    std::stable_sort(all.begin(), all.end(), [](const InsightCrossSell &a, const InsightCrossSell &b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.lift > b.lift;
    });
    if (all.size() > static_cast<size_t>(std::max(0, options.crossSellLimit)))
        all.resize(static_cast<size_t>(std::max(0, options.crossSellLimit)));
    for (InsightCrossSell &s : all)
        s.why = Tr::tr("%1 % of customers who bought %2 also bought this (%3 × as likely as on average).")
                    .arg(percent(s.confidence), s.because, QString::number(s.lift, 'f', 1));
    out.crossSell = std::move(all);
    return {};
}

} // namespace

int scoreAgainst(const std::array<std::optional<double>, 4> &cuts, double value, bool higherIsBetter)
{
    int score = 1;
    for (size_t i = 0; i < cuts.size(); ++i) {
        if (cuts[i] && (higherIsBetter ? value >= *cuts[i] : value <= *cuts[i]))
            score = static_cast<int>(i) + 2;
    }
    return score;
}

QString PopulationModel::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("version")] = ModelVersion;
    o[QStringLiteral("as_of")] = asOf.toString(Qt::ISODate);
    o[QStringLiteral("customers")] = customers;
    o[QStringLiteral("recency_cuts")] = cutsToJson(recencyCut);
    o[QStringLiteral("frequency_cuts")] = cutsToJson(frequencyCut);
    o[QStringLiteral("monetary_cuts")] = cutsToJson(monetaryCut);
    if (bgnbd)
        o[QStringLiteral("bgnbd")] = QJsonObject{{QStringLiteral("r"), bgnbd->r}, {QStringLiteral("alpha"), bgnbd->alpha},
                                                 {QStringLiteral("a"), bgnbd->a}, {QStringLiteral("b"), bgnbd->b}};
    if (gammaGamma)
        o[QStringLiteral("gammagamma")] = QJsonObject{{QStringLiteral("p"), gammaGamma->p},
                                                      {QStringLiteral("q"), gammaGamma->q},
                                                      {QStringLiteral("v"), gammaGamma->gamma}};
    QJsonArray gaps;
    for (const auto &[days, count] : gapHistogram)
        gaps.append(QJsonArray{days, count});
    o[QStringLiteral("gaps")] = gaps;
    o[QStringLiteral("product_rules")] = rulesToJson(productRules);
    o[QStringLiteral("category_rules")] = rulesToJson(categoryRules);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<PopulationModel> PopulationModel::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.value(QStringLiteral("version")).toInt() != ModelVersion)
        return std::nullopt; // absent, damaged or from another version: rebuild
    PopulationModel model;
    model.asOf = QDate::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    model.customers = static_cast<qint64>(o.value(QStringLiteral("customers")).toDouble());
    model.recencyCut = cutsFromJson(o.value(QStringLiteral("recency_cuts")).toArray());
    model.frequencyCut = cutsFromJson(o.value(QStringLiteral("frequency_cuts")).toArray());
    model.monetaryCut = cutsFromJson(o.value(QStringLiteral("monetary_cuts")).toArray());
    if (const QJsonObject b = o.value(QStringLiteral("bgnbd")).toObject(); !b.isEmpty())
        model.bgnbd = BgNbdParams{b.value(QStringLiteral("r")).toDouble(), b.value(QStringLiteral("alpha")).toDouble(),
                                  b.value(QStringLiteral("a")).toDouble(), b.value(QStringLiteral("b")).toDouble()};
    if (const QJsonObject g = o.value(QStringLiteral("gammagamma")).toObject(); !g.isEmpty())
        model.gammaGamma = GammaGammaParams{g.value(QStringLiteral("p")).toDouble(),
                                            g.value(QStringLiteral("q")).toDouble(),
                                            g.value(QStringLiteral("v")).toDouble()};
    for (const QJsonValue &v : o.value(QStringLiteral("gaps")).toArray()) {
        const QJsonArray pair = v.toArray();
        const auto count = static_cast<qint64>(pair.at(1).toDouble());
        model.gapHistogram.emplace_back(static_cast<qint64>(pair.at(0).toDouble()), count);
        model.gapTotal += count;
    }
    model.productRules = rulesFromJson(o.value(QStringLiteral("product_rules")).toArray());
    model.categoryRules = rulesFromJson(o.value(QStringLiteral("category_rules")).toArray());
    if (!model.asOf.isValid())
        return std::nullopt;
    return model;
}

CustomerOutlook customerOutlook(const PopulationModel &model, const CustomerHistory &history, QDate asOf,
                                const InsightsOptions &options)
{
    Q_ASSERT(model.bgnbd);
    const BgNbdParams &params = *model.bgnbd;
    const BtydSummary &s = history.calibration;
    CustomerOutlook outlook;
    outlook.expectedPurchases = BgNbdModel::expectedPurchases(params, s, options.purchaseWeeks);
    outlook.expectedAverageValue = model.gammaGamma ? GammaGammaModel::expectedAverageValue(*model.gammaGamma, s)
                                                    : s.monetary;
    ClvOptions clvOptions;
    clvOptions.calibrationEnd = asOf;
    clvOptions.horizonWeeks = options.clvWeeks;
    clvOptions.monthlyDiscountRate = options.monthlyDiscountRate;
    outlook.clv = discountedClv(params, s, outlook.expectedAverageValue, clvOptions);
    outlook.silentDays = history.lastPurchase.daysTo(asOf);
    outlook.churn = assessChurnRisk(BgNbdModel::probabilityAlive(params, s),
                                    recencyRisk(model.gapHistogram, model.gapTotal, outlook.silentDays));
    return outlook;
}

Result<PopulationModel> populationModel(Storage::Database &db, QDate asOf, const std::atomic<bool> *cancel,
                                        const ModelStepCallback &onStep)
{
    const QString key = db.path();
    // In memory, a model is good for its whole day: counting customers costs as much as the rest
    // of a contact's insights on a big file, so it is only done when the model comes from settings.
    const auto fromMemory = [&]() -> std::optional<PopulationModel> {
        QMutexLocker lock(&cacheMutex());
        const auto it = memoryCache().constFind(key);
        if (it != memoryCache().cend() && it->asOf == asOf)
            return *it;
        return std::nullopt;
    };
    if (auto cached = fromMemory())
        return std::move(*cached);
    // Wait for a build running on another worker, but stay cancellable meanwhile.
    while (!buildMutex().tryLock(50)) {
        if (isCancelled(cancel))
            return Error::cancelled(Tr::tr("cancelled"));
    }
    std::unique_lock<QMutex> building(buildMutex(), std::adopt_lock);
    if (auto cached = fromMemory()) // built by another worker while this one waited
        return std::move(*cached);
    auto customers = countCustomers(db, asOf);
    if (!customers.ok())
        return customers.error();
    std::optional<PopulationModel> model = fromSettings(db);
    if (!model || model->asOf != asOf || model->customers != *customers) {
        auto built = buildModel(db, asOf, *customers, cancel, onStep);
        if (!built.ok())
            return built.error();
        model = std::move(*built);
        toSettings(db, *model);
    }
    QMutexLocker lock(&cacheMutex());
    memoryCache().insert(key, *model);
    return *model;
}

Result<ContactInsights> computeContactInsights(Storage::Database &db, const QString &contactId,
                                               const InsightsOptions &options, const std::atomic<bool> *cancel)
{
    ContactInsights out;
    out.contactId = contactId;
    out.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    KIZUNA_TRY(leadOf(db, out));
    auto model = populationModel(db, out.asOf, cancel);
    if (!model.ok())
        return model.error();
    if (cancel && cancel->load())
        return Error::cancelled(Tr::tr("cancelled"));
    KIZUNA_TRY(scoreRfmOf(db, *model, out, options.dormantDays));
    KIZUNA_TRY(valueOf(db, *model, options, out));
    KIZUNA_TRY(crossSellOf(db, *model, options, out));
    return out;
}

int populationModelBuilds()
{
    return g_builds.load();
}

void clearPopulationModelMemoryCache()
{
    QMutexLocker lock(&cacheMutex());
    memoryCache().clear();
}

} // namespace Kizuna::Analytics
