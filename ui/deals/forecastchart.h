// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/forecastquery.h"

#include <QDate>
#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QCPBars;
class QCPBarsGroup;
class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The forecast of the Deals screen: for twelve months from the current one, the expected
// revenue of open deals (amount × probability, at the expected close month) beside the revenue
// won, as grouped bars with a legend; the tooltip of a month gives both figures with the open
// amount and the counts. The query runs on a worker thread with its own connection; a newer
// request drops the result of an older one.
class ForecastChart final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Months = 12;

    explicit ForecastChart(Storage::Database &db, QWidget *parent = nullptr);
    ~ForecastChart() override;

    // The first month shown (any day of it); the current month by default.
    void setFirstMonth(QDate month);
    void setFilter(const Sales::ForecastFilter &filter);
    // Reads the forecast again in the background; loaded() when it is drawn.
    void reload();

    const QList<Sales::ForecastMonth> &months() const { return m_months; }
    QCustomPlot *plot() const { return m_plot; }
    QCPBars *expectedBars() const { return m_expected; }
    QCPBars *wonBars() const { return m_won; }
    // The tooltip of a month (0 = first), in words.
    QString monthText(int index) const;
    // The month under a point of the plot, or -1.
    int monthAt(const QPointF &pos) const;

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finished();
    void draw();
    void styleAxes(const QStringList &labels, double maxValue);

    Storage::Database &m_db;
    QDate m_firstMonth;
    Sales::ForecastFilter m_filter;
    QList<Sales::ForecastMonth> m_months;
    QLabel *m_title = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBarsGroup *m_group = nullptr;
    QCPBars *m_expected = nullptr;
    QCPBars *m_won = nullptr;
    QFutureWatcher<Result<QList<Sales::ForecastMonth>>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    bool m_pending = false;
};

} // namespace Kizuna::Ui
