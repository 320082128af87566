// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/leadfeatures.h"
#include "core/storage/result.h"

#include <QList>
#include <QString>

#include <vector>

namespace Kizuna::Analytics {

// One reason behind a score, for the contact page ("Source: referral +20").
struct ScoreFactor
{
    QString label;
    double contribution = 0; // points, or log-odds for the learned model
};

struct LeadScore
{
    double score = 0; // points 0–100, or the learned probability of winning 0–1
    QList<ScoreFactor> factors; // largest effect first
};

// A transparent points model: source channel, recent activity count and recency, lifecycle stage
// and email engagement each add points (capped), total clamped to 0–100.
LeadScore pointsLeadScore(const LeadFeatures &features);

// Logistic regression learned from closed deals: the features of each deal's contact, won = 1,
// lost = 0; L2-regularised, fitted by gradient descent. Explains a prediction by each feature's
// term (coefficient × value, in log-odds).
class LearnedLeadModel final
{
public:
    struct Example
    {
        LeadFeatures features;
        bool won = false;
    };

    static Result<LearnedLeadModel> train(const std::vector<Example> &examples, double l2 = 0.1);
    // Examples from every won or lost deal with a contact, features as of each deal's close day.
    static Result<std::vector<Example>> examplesFromDeals(Storage::Database &db);

    LeadScore predict(const LeadFeatures &features) const;
    int trainedOn() const { return m_examples; }

private:
    static std::vector<double> vectorize(const LeadFeatures &features);
    static QStringList featureLabels();

    std::vector<double> m_weights; // [0] is the intercept
    int m_examples = 0;
};

} // namespace Kizuna::Analytics
