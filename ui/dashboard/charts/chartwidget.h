// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/dashboarddata.h"
#include "ui/dashboard/charts/numberticker.h"
#include "ui/dashboard/drilldown.h"
#include "ui/dashboard/kpidefinitions.h"
#include "ui/dashboard/qcp.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <utility>

namespace Kizuna::Ui {

// One chart of the dashboard: a QCustomPlot with a title and a subtitle drawn inside the plot
// (so exports carry them), a tooltip with the value under the mouse and the KPI's definition,
// a context menu to save the chart as PNG or PDF, and a drill-down signal when a bar or point is
// clicked. Subclasses draw the data and say what lies behind each point.
class ChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit ChartWidget(Kpi kpi, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    Kpi kpi() const { return m_kpi; }
    QString title() const;
    QString subtitle() const;
    // True when the chart shows data (false: "no data" note).
    bool hasData() const { return m_hasData; }

    // Redraws the chart from the dashboard's data (kept for tooltips and drill-downs), computed
    // for the saved segment `segmentId` (empty: every contact).
    void setData(std::shared_ptr<const Analytics::DashboardData> data, const QString &segmentId = {});
    // The records behind a data point of a plottable, if it has any.
    virtual std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable,
                                                 int index) const = 0;
    // The value of a data point in words, for the tooltip.
    virtual QString valueText(QCPAbstractPlottable *plottable, int index) const = 0;

    // The KPI a plottable shows (its definition goes into the tooltip); the chart's by default.
    virtual Kpi kpiOf(QCPAbstractPlottable *plottable) const;

    // The plottable and data index under a point of the plot, if any.
    virtual std::optional<std::pair<QCPAbstractPlottable *, int>> hitAt(const QPointF &pos) const;

    bool savePng(const QString &path, int width = 0, int height = 0);
    bool savePdf(const QString &path, int width = 0, int height = 0);
    // Draws the chart into `target` of a painter (vector output for the PDF report).
    void render(QCPPainter *painter, const QRectF &target);

Q_SIGNALS:
    void drillDownRequested(const Kizuna::Ui::DrillDown &drillDown);

protected:
    const Analytics::DashboardData &data() const { return *m_data; }
    // The owner and segment the data was computed for, for the drill-downs.
    DrillDownScope scope() const;
    // Draws data(); the plot is already reset.
    virtual void draw() = 0;
    // The labels of the dashboard's buckets.
    QStringList bucketLabels() const;
    // Removes the plottables and items of the previous data; call first in setData().
    void resetPlot();
    void setTitles(const QString &title, const QString &subtitle = {});
    void setHasData(bool hasData);
    // Value axis with locale numbers (or percentages) and a light grid.
    static void styleValueAxis(QCPAxis *axis,
                               NumberTicker::Style style = NumberTicker::Style::Number,
                               bool integers = false);
    // Category axis with one label per position 1…n.
    static void styleCategoryAxis(QCPAxis *axis, const QStringList &labels);
    // A bar series in one colour, without outline.
    QCPBars *addBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &color,
                     const QString &name);
    // A line with round points; `dashed` for the previous period or a prediction.
    QCPGraph *addLine(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &color,
                      const QString &name, bool dashed = false);
    // Shows the legend in a row under the chart.
    void showLegend();
    // Called on a click on a data point; the default emits the point's drill-down.
    virtual void activate(QCPAbstractPlottable *plottable, int index, QMouseEvent *event);

    void changeEvent(QEvent *event) override;

private:
    void hover(QMouseEvent *event);
    void showContextMenu(const QPoint &pos);
    void saveAs(bool pdf);

    Kpi m_kpi;
    std::shared_ptr<const Analytics::DashboardData> m_data;
    QString m_segmentId;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPTextElement *m_subtitle = nullptr;
    QCPItemText *m_empty = nullptr;
    bool m_hasData = false;
};

} // namespace Kizuna::Ui
