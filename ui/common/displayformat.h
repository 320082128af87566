// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Kizuna::Ui {

// How dates, times and money are shown, as chosen in the settings dialog (QSettings keys
// "ui/dateFormat" and "ui/currency"); every screen formats through here so a change shows
// everywhere.
class DisplayFormat final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::DisplayFormat)

public:
    enum class DateStyle { Locale, Iso, Japanese };

    static DateStyle dateStyle();
    static void setDateStyle(DateStyle style);
    // ISO 4217 code of the currency amounts are shown in ("JPY", "USD", "EUR").
    static QString currency();
    static void setCurrency(const QString &code);

    static QString dateTime(const QDateTime &time); // in local time
    static QString date(const QDate &date);
    static QString money(double amount);
    // Every currency the dialog offers, code → label.
    static QList<QPair<QString, QString>> currencies();
};

} // namespace Kizuna::Ui
