// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/kpidefinitions.h"

namespace Kizuna::Ui {

QString KpiDefinitions::name(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Revenue:
        return tr("Revenue");
    case Kpi::Orders:
        return tr("Orders");
    case Kpi::Aov:
        return tr("Average order value");
    case Kpi::ActiveCustomers:
        return tr("Active customers");
    case Kpi::NewCustomers:
        return tr("New customers");
    case Kpi::RepeatRate:
        return tr("Repeat rate");
    case Kpi::RetentionRate:
        return tr("Retention rate");
    case Kpi::ChurnRate:
        return tr("Churn rate");
    case Kpi::CohortRetention:
        return tr("Cohort retention");
    case Kpi::NewLeads:
        return tr("New leads");
    case Kpi::LeadConversionRate:
        return tr("Lead conversion rate");
    case Kpi::WinRate:
        return tr("Win rate");
    case Kpi::PipelineValue:
        return tr("Pipeline value");
    case Kpi::SalesCycle:
        return tr("Sales cycle");
    case Kpi::LostReasons:
        return tr("Lost reasons");
    case Kpi::Nps:
        return tr("NPS");
    case Kpi::CrossSellRate:
        return tr("Cross-sell rate");
    case Kpi::Cac:
        return tr("CAC");
    case Kpi::HistoricLtv:
        return tr("Historic LTV");
    case Kpi::PredictedClv:
        return tr("Predicted CLV");
    case Kpi::Funnel:
        return tr("Lifecycle funnel");
    case Kpi::Rfm:
        return tr("RFM classes");
    case Kpi::Calibration:
        return tr("Model check: calibration vs hold-out");
    }
    return {};
}

QString KpiDefinitions::definition(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Revenue:
        return tr("Sum of order totals with the order date in the period. Orders in the Trash do "
                  "not count.");
    case Kpi::Orders:
        return tr("Number of orders in the period.");
    case Kpi::Aov:
        return tr("Revenue / orders.");
    case Kpi::ActiveCustomers:
        return tr("Contacts with at least one order in the period.");
    case Kpi::NewCustomers:
        return tr("Contacts whose first order ever is in the period.");
    case Kpi::RepeatRate:
        return tr("Share of active customers in the period who had an order before the one in the "
                  "period, "
                  "i.e. (active − new) / active.");
    case Kpi::RetentionRate:
        return tr("Customers active in the previous period of equal length who are also active in "
                  "the period, "
                  "divided by the customers active in the previous period.");
    case Kpi::ChurnRate:
        return tr("1 − retention rate.");
    case Kpi::CohortRetention:
        return tr("For customers grouped by the month of their first order, the share active (with "
                  "an order) "
                  "in each later month.");
    case Kpi::NewLeads:
        return tr("Contacts created in the period with kind lead, by source channel. A lead is a "
                  "contact who "
                  "entered the CRM before their first order; contacts imported with an earlier "
                  "purchase history "
                  "were customers already.");
    case Kpi::LeadConversionRate:
        return tr("Leads created in the period that became customers (first order or won deal) by "
                  "the end of the "
                  "period / leads created in the period.");
    case Kpi::WinRate:
        return tr("Deals won in the period / deals closed (won + lost) in the period.");
    case Kpi::PipelineValue:
        return tr(
            "Sum of open deal amounts, and weighted by probability (the deal's, else its stage's). "
            "Pipeline values are the open deals now, whatever the period.");
    case Kpi::SalesCycle:
        return tr("Median days from deal creation to won, for deals won in the period.");
    case Kpi::LostReasons:
        return tr("Count of deals lost in the period by lost reason.");
    case Kpi::Nps:
        return tr(
            "% promoters (9–10) − % detractors (0–6) among survey answers in the period, in points "
            "(−100 … 100).");
    case Kpi::CrossSellRate:
        return tr("Share of active customers in the period whose orders up to the end of the "
                  "period span two or "
                  "more product categories.");
    case Kpi::Cac:
        return tr("Campaign cost in the period / new customers in the period. Takes the cost of "
                  "campaigns that "
                  "start in the period; empty under an owner filter (campaigns have no owner).");
    case Kpi::HistoricLtv:
        return tr("Mean lifetime revenue (up to the end of the period) of customers whose first "
                  "order is at "
                  "least 12 months before the end of the period.");
    case Kpi::PredictedClv:
        return tr(
            "BG/NBD × Gamma-Gamma expected value over a chosen horizon with a monthly discount "
            "rate. "
            "Here: fitted on the orders up to the day before the period, 52 weeks, 1 % a month.");
    case Kpi::Funnel:
        return tr("Contacts not in the Trash by their current lifecycle stage.");
    case Kpi::Rfm:
        return tr(
            "Recency, frequency and monetary value of each customer's orders up to the period's "
            "last day, "
            "scored 1–5 by quintiles (ties share a score), and the named class of the scores: "
            "Champions "
            "R≥4 F≥4 M≥4, Loyal R≥3 F≥4, Potential loyalist R≥4 F 2–3, New R5 F1, Promising R4 F1, "
            "Need attention R3 F 2–3, About to sleep R3 F1, Can't lose them R≤2 F≥4 M≥4, At risk "
            "R≤2 F≥3, "
            "Hibernating R2 F≤2, Lost R1 F≤2.");
    case Kpi::Calibration:
        return tr(
            "BG/NBD fitted on the orders up to the day before the period (calibration), then its "
            "predicted cumulative repeat purchases compared week by week with what happened, the "
            "period "
            "being the hold-out. Repeat purchases are counted per distinct purchase day.");
    }
    return {};
}

QString KpiDefinitions::toolTip(Kpi kpi)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(name(kpi).toHtmlEscaped(), definition(kpi).toHtmlEscaped());
}

} // namespace Kizuna::Ui
