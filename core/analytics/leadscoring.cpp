// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/leadscoring.h"

#include "core/analytics/analyticstr.h"
#include "core/storage/database.h"

#include <algorithm>
#include <cmath>

namespace Kizuna::Analytics {

namespace {

// Model inputs, in vectorize() order after the intercept.
const QStringList &sourceKeys()
{
    static const QStringList keys{QStringLiteral("referral"), QStringLiteral("event"),
                                  QStringLiteral("web_form"), QStringLiteral("walk_in"),
                                  QStringLiteral("ad"),       QStringLiteral("sns"),
                                  QStringLiteral("line"),     QStringLiteral("import")};
    return keys;
}

int sourcePoints(const QString &source)
{
    if (source == u"referral")
        return 20;
    if (source == u"event" || source == u"walk_in")
        return 15;
    if (source == u"web_form")
        return 10;
    if (source == u"ad" || source == u"sns" || source == u"line")
        return 5;
    return 0;
}

int stagePoints(const QString &stage)
{
    if (stage == u"opportunity")
        return 25;
    if (stage == u"qualified_lead")
        return 15;
    if (stage == u"churned")
        return -20;
    return 0;
}

void sortFactors(QList<ScoreFactor> &factors)
{
    std::stable_sort(factors.begin(), factors.end(), [](const ScoreFactor &a, const ScoreFactor &b) {
        return std::fabs(a.contribution) > std::fabs(b.contribution);
    });
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace

LeadScore pointsLeadScore(const LeadFeatures &f)
{
    LeadScore result;
    const auto add = [&](const QString &label, double points) {
        if (points != 0)
            result.factors << ScoreFactor{label, points};
        result.score += points;
    };
    add(Tr::tr("Source: %1").arg(f.source.isEmpty() ? Tr::tr("unknown") : f.source), sourcePoints(f.source));
    add(Tr::tr("%n activities in the last 90 days", nullptr, f.activities90), std::min(25, 5 * f.activities90));
    if (f.daysSinceActivity >= 0) {
        const int recency = f.daysSinceActivity <= 7 ? 15 : f.daysSinceActivity <= 30 ? 10 : f.daysSinceActivity <= 90 ? 5 : 0;
        add(Tr::tr("Last activity %n days ago", nullptr, f.daysSinceActivity), recency);
    }
    add(Tr::tr("Stage: %1").arg(f.lifecycleStage), stagePoints(f.lifecycleStage));
    add(Tr::tr("%n emails opened", nullptr, f.emailsOpened), std::min(15, 3 * f.emailsOpened));
    add(Tr::tr("%n emails clicked", nullptr, f.emailsClicked), std::min(20, 5 * f.emailsClicked));
    result.score = std::clamp(result.score, 0.0, 100.0);
    sortFactors(result.factors);
    return result;
}

QStringList LearnedLeadModel::featureLabels()
{
    QStringList labels{Tr::tr("Baseline")};
    for (const QString &source : sourceKeys())
        labels << Tr::tr("Source: %1").arg(source);
    labels << Tr::tr("Recent activities") << Tr::tr("Recency of activity") << Tr::tr("Emails opened")
           << Tr::tr("Emails clicked") << Tr::tr("Works at a company") << Tr::tr("Marketing consent");
    return labels;
}

std::vector<double> LearnedLeadModel::vectorize(const LeadFeatures &f)
{
    std::vector<double> x{1.0};
    for (const QString &source : sourceKeys())
        x.push_back(f.source == source ? 1.0 : 0.0);
    x.push_back(std::log1p(f.activities90));
    x.push_back(f.daysSinceActivity < 0 ? 0.0 : 1.0 - std::min(f.daysSinceActivity, 365) / 365.0);
    x.push_back(std::log1p(f.emailsOpened));
    x.push_back(std::log1p(f.emailsClicked));
    x.push_back(f.hasCompany ? 1.0 : 0.0);
    x.push_back(f.marketingOptIn ? 1.0 : 0.0);
    return x;
}

Result<LearnedLeadModel> LearnedLeadModel::train(const std::vector<Example> &examples, double l2)
{
    int won = 0;
    for (const Example &e : examples)
        won += e.won ? 1 : 0;
    if (won == 0 || won == static_cast<int>(examples.size()))
        return Error::badInput(Tr::tr("learning lead scores needs both won and lost deals (%1 won of %2)")
                                   .arg(won)
                                   .arg(examples.size()));
    std::vector<std::vector<double>> xs;
    xs.reserve(examples.size());
    for (const Example &e : examples)
        xs.push_back(vectorize(e.features));
    const size_t dims = xs.front().size();
    const double n = static_cast<double>(examples.size());
    LearnedLeadModel model;
    model.m_weights.assign(dims, 0.0);
    model.m_examples = static_cast<int>(examples.size());
    // Batch gradient descent on the mean log-loss; the problem is convex and small.
    double rate = 1.0;
    for (int iteration = 0; iteration < 3000; ++iteration) {
        std::vector<double> gradient(dims, 0.0);
        for (size_t i = 0; i < xs.size(); ++i) {
            double z = 0;
            for (size_t d = 0; d < dims; ++d)
                z += model.m_weights[d] * xs[i][d];
            const double error = sigmoid(z) - (examples[i].won ? 1.0 : 0.0);
            for (size_t d = 0; d < dims; ++d)
                gradient[d] += error * xs[i][d] / n;
        }
        double step = 0;
        for (size_t d = 0; d < dims; ++d) {
            const double g = gradient[d] + (d == 0 ? 0.0 : l2 * model.m_weights[d] / n);
            model.m_weights[d] -= rate * g;
            step = std::max(step, std::fabs(rate * g));
        }
        if (step < 1e-7)
            break;
        if (iteration == 1000)
            rate = 0.5;
    }
    return model;
}

LeadScore LearnedLeadModel::predict(const LeadFeatures &features) const
{
    LeadScore result;
    const std::vector<double> x = vectorize(features);
    const QStringList labels = featureLabels();
    double z = 0;
    for (size_t d = 0; d < x.size(); ++d) {
        const double term = m_weights[d] * x[d];
        z += term;
        if (d > 0 && term != 0)
            result.factors << ScoreFactor{labels.at(static_cast<qsizetype>(d)), term};
    }
    result.score = sigmoid(z);
    sortFactors(result.factors);
    return result;
}

Result<std::vector<LearnedLeadModel::Example>> LearnedLeadModel::examplesFromDeals(Storage::Database &db)
{
    auto statement = db.prepare(QStringLiteral(
        "SELECT contact_id, status, date(closed_at, 'localtime') FROM deals WHERE deleted_at IS NULL "
        "AND status IN ('won', 'lost') AND contact_id IS NOT NULL AND closed_at IS NOT NULL ORDER BY id"));
    if (!statement.ok())
        return statement.error();
    std::vector<Example> examples;
    KIZUNA_TRY(statement->forEachRow([&]() -> Status {
        auto features = leadFeatures(db, statement->columnText(0),
                                     QDate::fromString(statement->columnText(2), Qt::ISODate));
        if (!features.ok())
            return features.error();
        examples.push_back({*features, statement->columnText(1) == u"won"});
        return {};
    }));
    return examples;
}

} // namespace Kizuna::Analytics
