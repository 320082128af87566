// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/dashboardseries.h"
#include "core/analytics/period.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace Kizuna::Ui {

// How the dashboard writes numbers, dates and buckets in the user's language: thousands
// separators always, months as "2025-04" (English) or "4月" (Japanese).
class DashboardFormat final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::DashboardFormat)

public:
    // The locale numbers are written in: the default locale with group separators on.
    static QLocale locale();
    static bool isJapanese();

    static QString number(double value, int decimals = 0);
    static QString count(qint64 value);
    static QString money(double value);
    // A fraction as a percentage ("34.5 %"); "–" when empty.
    static QString percent(std::optional<double> fraction, int decimals = 1);
    static QString optionalNumber(std::optional<double> value, int decimals = 0);
    static QString days(std::optional<double> value);
    static QString points(std::optional<double> value); // NPS

    static QString date(QDate date);
    static QString period(const Analytics::Period &period);
    static QString month(QDate month, bool withYear);
    // A bucket's short label on a category axis; `first` adds the year where it helps.
    static QString bucketLabel(const Analytics::Period &bucket, Analytics::BucketSize size,
                               bool first);
    // A bucket's full description for tooltips and titles ("2025-04-01 – 2025-04-30").
    static QString bucketRange(const Analytics::Period &bucket);
};

} // namespace Kizuna::Ui
