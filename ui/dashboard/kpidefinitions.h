// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kizuna::Ui {

enum class Kpi {
    Revenue,
    Orders,
    Aov,
    ActiveCustomers,
    NewCustomers,
    RepeatRate,
    RetentionRate,
    ChurnRate,
    CohortRetention,
    NewLeads,
    LeadConversionRate,
    WinRate,
    PipelineValue,
    SalesCycle,
    LostReasons,
    Nps,
    CrossSellRate,
    Cac,
    HistoricLtv,
    PredictedClv,
    Funnel,
    Rfm,
    Calibration
};

// The name and the definition of each KPI as PRODUCT.md's table gives it (the contract between
// the KPI engine and what the user reads), with the readings the engine takes where the table
// leaves room. Shown as tooltips on tiles and charts, and in the PDF report.
class KpiDefinitions final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::KpiDefinitions)

public:
    static QString name(Kpi kpi);
    static QString definition(Kpi kpi);
    // "<b>name</b><br>definition" for a tooltip.
    static QString toolTip(Kpi kpi);
};

} // namespace Kizuna::Ui
