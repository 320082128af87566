// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/period.h"
#include "ui/dashboard/drilldown.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Kizuna::Ui {

// The queries behind the dashboard's bars and points. Every one leaves out records in the Trash;
// those that take a scope keep its owner and segment filters, as the dashboard's figures do
// (deals by their own owner and their contact's segment membership, the rest by the contact).
class DrillDowns final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::DrillDowns)

public:
    // Orders placed in the period.
    static DrillDown orders(const Analytics::Period &period, const DrillDownScope &scope,
                            const QString &title);
    // New leads created in the period from one source channel ("" = none given), as the KPI reads
    // them.
    static DrillDown newLeads(const Analytics::Period &period, const QString &source,
                              const DrillDownScope &scope, const QString &title);
    // Contacts in a lifecycle stage now.
    static DrillDown contactsInStage(const QString &stage, const DrillDownScope &scope,
                                     const QString &title);
    // Open deals in a pipeline stage now.
    static DrillDown openDeals(const QString &stageId, const DrillDownScope &scope,
                               const QString &title);
    // Deals lost in the period for a reason (reasonId "" = no reason given).
    static DrillDown lostDeals(const Analytics::Period &period, const QString &reasonId,
                               const DrillDownScope &scope, const QString &title);
    // Deals won or lost in the period.
    static DrillDown closedDeals(const Analytics::Period &period, const DrillDownScope &scope,
                                 const QString &title);
    // Survey answers given in the period.
    static DrillDown surveyAnswers(const Analytics::Period &period, const DrillDownScope &scope,
                                   const QString &title);
    // Customers of a cohort (first order in `cohortMonth`) who ordered in `activeMonth`.
    static DrillDown cohortCustomers(QDate cohortMonth, QDate activeMonth, const QString &title);
    // Contacts by id, in the given order, with their lifetime revenue.
    static DrillDown contacts(const QStringList &contactIds, const QString &title);
};

} // namespace Kizuna::Ui
