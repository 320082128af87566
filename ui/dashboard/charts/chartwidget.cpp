// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/chartwidget.h"

#include "ui/common/errorreport.h"
#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QRegularExpression>
#include <QToolTip>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ChartWidget::ChartWidget(Kpi kpi, QWidget *parent)
    : QWidget(parent)
    , m_kpi(kpi)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(300);

    m_plot->setMouseTracking(true);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setBackground(QBrush(Qt::white));
    m_plot->axisRect()->setAutoMargins(QCP::msAll);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    QFont subtitleFont = font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 0.9);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), titleFont);
    m_title->setTextColor(ChartPalette::text());
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->insertRow(1);
    m_subtitle = new QCPTextElement(m_plot, QString(), subtitleFont);
    m_subtitle->setTextColor(ChartPalette::muted().darker(130));
    m_plot->plotLayout()->addElement(1, 0, m_subtitle);
    m_plot->plotLayout()->setRowSpacing(0);

    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_plot->legend->setFont(legendFont);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(QColor(255, 255, 255, 210));
    m_plot->legend->setVisible(false);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setMargins(QMargins(0, 0, 0, 4));
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);

    setTitles(KpiDefinitions::name(kpi));
    resetPlot();

    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartWidget::hover);
    connect(m_plot, &QCustomPlot::plottableClick, this, &ChartWidget::activate);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartWidget::showContextMenu);
}

DrillDownScope ChartWidget::scope() const
{
    return { m_data->request.ownerId, m_segmentId, m_data->request.period.last };
}

void ChartWidget::setData(std::shared_ptr<const Analytics::DashboardData> data, const QString &segmentId)
{
    m_data = std::move(data);
    m_segmentId = segmentId;
    resetPlot();
    setTitles(KpiDefinitions::name(m_kpi));
    if (m_data)
        draw();
    m_plot->replot();
}

QStringList ChartWidget::bucketLabels() const
{
    QStringList labels;
    if (!m_data)
        return labels;
    for (size_t i = 0; i < m_data->buckets.size(); ++i)
        labels.append(DashboardFormat::bucketLabel(m_data->buckets[i], m_data->bucketSize, i == 0));
    return labels;
}

QString ChartWidget::title() const
{
    return m_title->text();
}

QString ChartWidget::subtitle() const
{
    return m_subtitle->text();
}

void ChartWidget::resetPlot()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    // The legend sits in a row under the chart while one is shown (never over the data).
    if (m_plot->legend->layout() == m_plot->plotLayout()
        && m_plot->plotLayout()->take(m_plot->legend))
        m_plot->plotLayout()->simplify();
    m_plot->legend->setVisible(false);
    m_empty = new QCPItemText(m_plot);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setText(tr("No data in this period"));
    m_empty->setColor(ChartPalette::muted());
    m_empty->setVisible(false);
    m_hasData = false;
    // Axes hidden until a chart styles them.
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setVisible(false);
        axis->setLabel(QString());
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new NumberTicker));
        axis->setTickLabelRotation(0);
        axis->setRange(0, 1);
    }
    m_plot->xAxis->setVisible(true);
    m_plot->yAxis->setVisible(true);
}

void ChartWidget::setTitles(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void ChartWidget::setHasData(bool hasData)
{
    m_hasData = hasData;
    if (m_empty)
        m_empty->setVisible(!hasData);
}

void ChartWidget::styleValueAxis(QCPAxis *axis, NumberTicker::Style style, bool integers)
{
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new NumberTicker(style, integers)));
    axis->ticker()->setTickCount(5);
    axis->setBasePen(Qt::NoPen);
    axis->setTickPen(Qt::NoPen);
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(ChartPalette::text());
    axis->setLabelColor(ChartPalette::text());
    axis->grid()->setPen(QPen(QColor(0xe6, 0xe9, 0xed), 0, Qt::SolidLine));
    axis->grid()->setZeroLinePen(QPen(ChartPalette::muted(), 0));
    axis->setVisible(true);
}

void ChartWidget::styleCategoryAxis(QCPAxis *axis, const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Long runs of buckets on a horizontal axis: label every k-th, about twelve in all.
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    const qsizetype step = horizontal && labels.size() > 14 ? (labels.size() + 11) / 12 : 1;
    for (qsizetype i = 0; i < labels.size(); ++i)
        ticker->addTick(static_cast<double>(i + 1), i % step == 0 ? labels.at(i) : QString());
    axis->setTicker(ticker);
    axis->setRange(0.4, labels.size() + 0.6);
    axis->setBasePen(QPen(ChartPalette::muted(), 0));
    axis->setTickPen(Qt::NoPen);
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(ChartPalette::text());
    axis->grid()->setVisible(false);
    axis->setVisible(true);
}

QCPBars *ChartWidget::addBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &color,
                              const QString &name)
{
    auto *bars = new QCPBars(keyAxis, valueAxis);
    bars->setName(name);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setWidth(0.7);
    return bars;
}

QCPGraph *ChartWidget::addLine(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &color,
                               const QString &name, bool dashed)
{
    auto *graph = m_plot->addGraph(keyAxis, valueAxis);
    graph->setName(name);
    QPen pen(color, 2.0);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    graph->setPen(pen);
    graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, color, dashed ? Qt::white : color, 6));
    return graph;
}

void ChartWidget::showLegend()
{
    if (!m_plot->legend->layout()) {
        const int row = m_plot->plotLayout()->rowCount();
        m_plot->plotLayout()->addElement(row, 0, m_plot->legend);
        m_plot->plotLayout()->setRowStretchFactor(row, 0.001);
    }
    m_plot->legend->setVisible(true);
}

Kpi ChartWidget::kpiOf(QCPAbstractPlottable *) const
{
    return m_kpi;
}

std::optional<std::pair<QCPAbstractPlottable *, int>> ChartWidget::hitAt(const QPointF &pos) const
{
    std::optional<std::pair<QCPAbstractPlottable *, int>> best;
    double bestDistance = m_plot->selectionTolerance() * 1.5;
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = m_plot->plottable(i);
        if (!plottable->visible())
            continue;
        QVariant details;
        const double distance = plottable->selectTest(pos, false, &details);
        const auto selection = details.value<QCPDataSelection>();
        if (distance < 0 || distance > bestDistance || selection.isEmpty())
            continue;
        bestDistance = distance;
        best = std::make_pair(plottable, selection.dataRange(0).begin());
    }
    return best;
}

void ChartWidget::activate(QCPAbstractPlottable *plottable, int index, QMouseEvent *)
{
    if (auto drill = drillDownAt(plottable, index))
        Q_EMIT drillDownRequested(*drill);
}

void ChartWidget::hover(QMouseEvent *event)
{
    const auto hit = hitAt(event->position());
    if (!hit) {
        m_plot->unsetCursor();
        // Over the title: what the chart shows; elsewhere nothing.
        if (m_title->outerRect().contains(event->position().toPoint())
            || m_subtitle->outerRect().contains(event->position().toPoint()))
            QToolTip::showText(event->globalPosition().toPoint(), KpiDefinitions::toolTip(m_kpi),
                               m_plot);
        else
            QToolTip::hideText();
        return;
    }
    const bool drillable = drillDownAt(hit->first, hit->second).has_value();
    m_plot->setCursor(drillable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QString text = valueText(hit->first, hit->second);
    text += QStringLiteral("<br><span style='color:#6b7480'>%1</span>")
                .arg(KpiDefinitions::definition(kpiOf(hit->first)).toHtmlEscaped());
    if (drillable)
        text
            += QStringLiteral("<br><i>%1</i>").arg(tr("Click to list the records").toHtmlEscaped());
    QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void ChartWidget::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, [this] { saveAs(false); });
    menu.addAction(tr("Save as PDF…"), this, [this] { saveAs(true); });
    menu.exec(m_plot->mapToGlobal(pos));
}

void ChartWidget::saveAs(bool pdf)
{
    QString name = title();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString suggested
        = QDir::home().filePath(name + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save Chart as PDF") : tr("Save Chart as PNG"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(pdf ? savePdf(path) : savePng(path)))
        reportError(this, tr("Cannot Save Chart"),
                    tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

bool ChartWidget::savePng(const QString &path, int width, int height)
{
    return m_plot->savePng(path, width, height, 2.0);
}

bool ChartWidget::savePdf(const QString &path, int width, int height)
{
    return m_plot->savePdf(path, width > 0 ? width : std::max(m_plot->width(), 640),
                           height > 0 ? height : std::max(m_plot->height(), 400), QCP::epNoCosmetic,
                           QStringLiteral("Kizuna"), title());
}

void ChartWidget::render(QCPPainter *painter, const QRectF &target)
{
    painter->save();
    painter->translate(target.topLeft());
    m_plot->toPainter(painter, static_cast<int>(target.width()), static_cast<int>(target.height()));
    painter->restore();
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_empty)
            m_empty->setText(tr("No data in this period"));
    }
    QWidget::changeEvent(event);
}

} // namespace Kizuna::Ui
