// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/churnrisklist.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/customerhistory.h"
#include "core/model/personname.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

#include <QHash>

#include <algorithm>

namespace Kizuna::Analytics {

namespace {

constexpr size_t Chunk = 1024; // customers scored between two cancel checks

void report(const ChurnListProgress &progress, ChurnListStage stage, double fraction = -1)
{
    if (progress)
        progress(stage, fraction);
}

// Display names of the contacts that are not in the Trash (the contacts table only: cheap).
Result<QHash<QString, QString>> contactNames(Storage::Database &db, const std::atomic<bool> *cancel)
{
    auto statement = db.prepare(QStringLiteral(
        "SELECT id, family_name, given_name FROM contacts WHERE deleted_at IS NULL"));
    if (!statement.ok())
        return statement.error();
    QHash<QString, QString> names;
    qint64 rows = 0;
    KIZUNA_TRY(statement->forEachRow([&]() -> Status {
        if ((++rows & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return Error::cancelled(Tr::tr("cancelled"));
        names.insert(statement->columnText(0), Model::displayName(statement->columnText(1), statement->columnText(2)));
        return {};
    }));
    return names;
}

ChurnCustomer score(const PopulationModel &model, const CustomerHistory &history, const QString &name, QDate asOf,
                    const InsightsOptions &options)
{
    const CustomerOutlook outlook = customerOutlook(model, history, asOf, options);
    ChurnCustomer c;
    c.contactId = history.contactId;
    c.name = name;
    c.orders = history.orders;
    c.revenue = history.revenue;
    c.lastPurchase = history.lastPurchase;
    c.daysSinceLastPurchase = outlook.silentDays;
    c.expectedAverageValue = outlook.expectedAverageValue;
    c.clv = outlook.clv;
    c.churn = outlook.churn;
    c.valueAtRisk = c.revenue * c.churn.value;
    return c;
}

void rank(std::vector<ChurnCustomer> &customers)
{
    std::sort(customers.begin(), customers.end(), [](const ChurnCustomer &a, const ChurnCustomer &b) {
        if (a.valueAtRisk != b.valueAtRisk)
            return a.valueAtRisk > b.valueAtRisk;
        if (a.churn.value != b.churn.value)
            return a.churn.value > b.churn.value;
        return a.contactId < b.contactId;
    });
}

} // namespace

Result<ChurnRiskList> computeChurnRiskList(Storage::Database &db, const InsightsOptions &options,
                                           const std::atomic<bool> *cancel, const ChurnListProgress &progress)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    ChurnRiskList list;
    list.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    report(progress, ChurnListStage::PopulationModel);
    auto model = populationModel(db, list.asOf, cancel);
    if (!model.ok())
        return model.error();
    if (!model->bgnbd)
        return Error::badInput(Tr::tr("too few customers bought on more than one day to estimate churn risk "
                                      "(the BG/NBD model needs repeat purchases)"));
    list.populationCustomers = model->customers;
    report(progress, ChurnListStage::Purchases);
    auto names = contactNames(db, cancel);
    if (!names.ok())
        return names.error();
    auto histories = loadCustomerHistories(db, list.asOf, {}, cancel);
    if (!histories.ok())
        return histories.error();
    list.customers.reserve(histories->size());
    for (size_t i = 0; i < histories->size(); ++i) {
        if (i % Chunk == 0) {
            if (cancelled())
                return Error::cancelled(Tr::tr("cancelled"));
            report(progress, ChurnListStage::Scoring, static_cast<double>(i) / static_cast<double>(histories->size()));
        }
        const CustomerHistory &history = (*histories)[i];
        const auto it = names->constFind(history.contactId);
        if (it != names->cend()) // else: the contact is in the Trash
            list.customers.push_back(score(*model, history, *it, list.asOf, options));
    }
    rank(list.customers);
    report(progress, ChurnListStage::Scoring, 1.0);
    return list;
}

} // namespace Kizuna::Analytics
