// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardreport.h"

#include "ui/dashboard/charts/chartwidget.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/kpitile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>

namespace Kizuna::Ui {

namespace {
// Units of the PDF's coordinate system per inch. Output is vector either way; at the screen's
// 96 dpi, fonts given in points keep the proportions they have on screen inside the charts.
constexpr int Resolution = 96;
constexpr int ChartWidth = 900; // charts are laid out at this size in screen pixels, then scaled
constexpr int ChartHeight = 520;
} // namespace

DashboardReport::DashboardReport(const Analytics::DashboardData &data,
                                 const QList<KpiTile *> &tiles, const QList<ChartWidget *> &charts)
    : m_data(data)
    , m_tiles(tiles)
    , m_charts(charts)
{
}

QString DashboardReport::ownerName() const
{
    if (m_data.request.ownerId.isEmpty())
        return tr("All owners");
    for (const auto &user : m_data.users) {
        if (user.id == m_data.request.ownerId)
            return user.name;
    }
    return m_data.request.ownerId;
}

QStringList DashboardReport::headerFacts() const
{
    return { tr("Period: %1").arg(DashboardFormat::period(m_data.request.period)),
             tr("Compared with: %1").arg(DashboardFormat::period(m_data.request.period.previous())),
             tr("Owner: %1").arg(ownerName()),
             tr("Segment: %1").arg(m_segmentName.isEmpty() ? tr("All customers") : m_segmentName),
             tr("Created: %1")
                 .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)) };
}

void DashboardReport::drawTitlePage(QPainter &painter, const QRect &page) const
{
    QFont font = painter.font();
    font.setPointSizeF(20);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x26, 0x30, 0x3b));
    const int line = painter.fontMetrics().height();
    int y = page.top();
    painter.drawText(QRect(page.left(), y, page.width(), line * 2), Qt::AlignLeft | Qt::AlignTop,
                     tr("KPI report"));
    y += line * 2;
    font.setPointSizeF(11);
    font.setBold(false);
    painter.setFont(font);
    const int small = painter.fontMetrics().height();
    for (const QString &fact : headerFacts()) {
        painter.drawText(QRect(page.left(), y, page.width(), small),
                         Qt::AlignLeft | Qt::AlignVCenter, fact);
        y += small;
    }
    y += small;

    // The KPI table: name | this period | previous period | change.
    const int rowHeight = static_cast<int>(small * 1.6);
    const int c0 = page.left();
    const int widths[] = { page.width() * 40 / 100, page.width() * 22 / 100,
                           page.width() * 22 / 100, page.width() * 16 / 100 };
    const auto row = [&](const QStringList &cells, bool header) {
        QFont f = font;
        f.setBold(header);
        painter.setFont(f);
        if (header)
            painter.fillRect(QRect(c0, y, page.width(), rowHeight), QColor(0xee, 0xf1, 0xf5));
        int x = c0;
        for (int i = 0; i < cells.size(); ++i) {
            const int pad = small / 3;
            painter.drawText(QRect(x + pad, y, widths[i] - 2 * pad, rowHeight),
                             (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                             cells.at(i));
            x += widths[i];
        }
        painter.setPen(QPen(QColor(0xdd, 0xe2, 0xe8), 0));
        painter.drawLine(c0, y + rowHeight, c0 + page.width(), y + rowHeight);
        painter.setPen(QColor(0x26, 0x30, 0x3b));
        y += rowHeight;
    };
    row({ tr("KPI"), tr("This period"), tr("Previous period"), tr("Change") }, true);
    for (const KpiTile *tile : m_tiles) {
        if (tile->kpi() == Kpi::PipelineValue) {
            // Open deals now: nothing to compare with.
            row({ KpiDefinitions::name(Kpi::PipelineValue), tile->valueText(), QString(),
                  QString() },
                false);
            row({ tr("Weighted pipeline value"),
                  DashboardFormat::money(m_data.current.weightedPipelineValue), QString(),
                  QString() },
                false);
            continue;
        }
        QString previous = tile->previousText();
        const int colon = previous.indexOf(QLatin1Char(':'));
        previous = colon >= 0 ? previous.mid(colon + 1).trimmed() : previous;
        row({ KpiDefinitions::name(tile->kpi()), tile->valueText(), previous, tile->changeText() },
            false);
    }
}

void DashboardReport::drawFooter(QPainter &painter, const QRect &page, int pageNumber) const
{
    QFont font = painter.font();
    font.setPointSizeF(8);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(QColor(0x7a, 0x85, 0x91));
    const int h = painter.fontMetrics().height();
    painter.drawText(
        QRect(page.left(), page.bottom() - h, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Kizuna · KPI report %1").arg(DashboardFormat::period(m_data.request.period)));
    painter.drawText(QRect(page.left(), page.bottom() - h, page.width(), h),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(pageNumber));
}

Status DashboardReport::write(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(Resolution);
    writer.setTitle(tr("KPI report %1").arg(DashboardFormat::period(m_data.request.period)));
    writer.setCreator(QStringLiteral("Kizuna"));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return Error::storage(tr("Cannot write the report to %1: the file cannot be created.")
                                  .arg(QDir::toNativeSeparators(path)));
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    const QRect page
        = writer.pageLayout()
              .paintRectPixels(writer.resolution())
              .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
    const int footer = painter.fontMetrics().height() * 2;
    int pageNumber = 1;
    drawTitlePage(painter, page);
    drawFooter(painter, page, pageNumber);

    // Charts two per page, each scaled from its on-screen layout size to the page width.
    const int slotHeight = (page.height() - footer) / 2;
    for (int i = 0; i < m_charts.size(); ++i) {
        if (i % 2 == 0) {
            writer.newPage();
            drawFooter(painter, page, ++pageNumber);
        }
        const double scale = std::min(static_cast<double>(page.width()) / ChartWidth,
                                      static_cast<double>(slotHeight - footer / 2) / ChartHeight);
        const QPointF origin(page.left() + (page.width() - ChartWidth * scale) / 2,
                             page.top() + (i % 2) * slotHeight);
        painter.save();
        painter.translate(origin);
        painter.scale(scale, scale);
        m_charts.at(i)->render(&painter, QRectF(0, 0, ChartWidth, ChartHeight));
        painter.restore();
    }
    if (!painter.end())
        return Error::storage(
            tr("Cannot finish the report %1.").arg(QDir::toNativeSeparators(path)));
    if (QFileInfo(path).size() == 0)
        return Error::storage(
            tr("Cannot write the report to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace Kizuna::Ui
