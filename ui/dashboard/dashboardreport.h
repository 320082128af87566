// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/dashboarddata.h"
#include "core/storage/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace Kizuna::Ui {

class ChartWidget;
class KpiTile;

// The dashboard as a PDF for a meeting (A4 portrait): a title page with the period, the
// comparison period, the owner and segment filters and the table of KPIs (this period,
// previous, change), then the charts, two per page, drawn as vectors.
class DashboardReport final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::DashboardReport)

public:
    DashboardReport(const Analytics::DashboardData &data, const QList<KpiTile *> &tiles,
                    const QList<ChartWidget *> &charts);

    // The name of the saved segment the data is limited to (empty: all customers).
    void setSegmentName(const QString &name) { m_segmentName = name; }
    // The lines under the title: period, comparison period, owner, segment, time of writing.
    QStringList headerFacts() const;

    Status write(const QString &path) const;

private:
    void drawTitlePage(QPainter &painter, const QRect &page) const;
    void drawFooter(QPainter &painter, const QRect &page, int pageNumber) const;
    QString ownerName() const;

    const Analytics::DashboardData &m_data;
    QList<KpiTile *> m_tiles;
    QList<ChartWidget *> m_charts;
    QString m_segmentName;
};

} // namespace Kizuna::Ui
