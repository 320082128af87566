// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/forecastchart.h"

#include "core/storage/backgroundjob.h"
#include "core/storage/database.h"
#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/charts/numberticker.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/qcp.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Kizuna::Ui {

namespace {

QString money(double value)
{
    return QLocale().toCurrencyString(value, QStringLiteral("¥"), 0);
}

QCPBars *makeBars(QCustomPlot *plot, const QColor &color, const QString &name, QCPBarsGroup *group)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setWidth(0.38);
    bars->setBarsGroup(group);
    return bars;
}

} // namespace

ForecastChart::ForecastChart(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_firstMonth(QDate::currentDate())
    , m_title(new QLabel(this))
    , m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("forecastChart"));
    m_title->setObjectName(QStringLiteral("forecastTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Forecast: expected revenue of open deals (amount × probability) and revenue won, by month"));
    m_title->setWordWrap(true);
    m_plot->setObjectName(QStringLiteral("forecastPlot"));
    m_plot->setMinimumHeight(220);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_group = new QCPBarsGroup(m_plot);
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(2);
    m_expected = makeBars(m_plot, ChartPalette::primary(), tr("Expected (open deals, weighted)"), m_group);
    m_won = makeBars(m_plot, ChartPalette::positive(), tr("Won"), m_group);
    const int row = m_plot->plotLayout()->rowCount();
    m_plot->plotLayout()->addElement(row, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(row, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setVisible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ForecastChart::finished);
    draw();
}

ForecastChart::~ForecastChart()
{
    m_watcher.waitForFinished();
}

void ForecastChart::setFirstMonth(QDate month)
{
    m_firstMonth = QDate(month.year(), month.month(), 1);
    reload();
}

void ForecastChart::setFilter(const Sales::ForecastFilter &filter)
{
    m_filter = filter;
    reload();
}

void ForecastChart::reload()
{
    ++m_generation;
    if (m_watcher.isRunning()) {
        m_pending = true; // run again when the current one is done
        return;
    }
    m_pending = false;
    m_runningGeneration = m_generation;
    const QDate first(m_firstMonth.year(), m_firstMonth.month(), 1);
    const Sales::ForecastFilter filter = m_filter;
    m_watcher.setFuture(Storage::runInBackground<QList<Sales::ForecastMonth>>(
        m_db.path(), Storage::makeCancelFlag(),
        [first, filter](Storage::Database &db, const std::atomic<bool> &) {
            return Sales::ForecastQuery(db).monthly(first, Months, filter);
        }));
}

void ForecastChart::finished()
{
    const auto result = m_watcher.result();
    if (m_pending || m_runningGeneration != m_generation) {
        reload(); // stale: the settings changed meanwhile
        return;
    }
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error().message);
        return;
    }
    m_months = *result;
    draw();
    Q_EMIT loaded();
}

void ForecastChart::draw()
{
    QVector<double> keys;
    QVector<double> expected;
    QVector<double> won;
    QStringList labels;
    double maxValue = 0.0;
    for (int i = 0; i < m_months.size(); ++i) {
        const Sales::ForecastMonth &month = m_months.at(i);
        keys << i + 1;
        expected << month.expected;
        won << month.won;
        labels << DashboardFormat::month(month.month, i == 0 || month.month.month() == 1);
        maxValue = std::max({maxValue, month.expected, month.won});
    }
    m_expected->setData(keys, expected, true);
    m_won->setData(keys, won, true);
    styleAxes(labels, maxValue);
    m_plot->replot();
}

void ForecastChart::styleAxes(const QStringList &labels, double maxValue)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels.at(i));
    QCPAxis *x = m_plot->xAxis;
    x->setTicker(ticker);
    x->setRange(0.4, std::max<qsizetype>(labels.size(), 1) + 0.6);
    x->setBasePen(QPen(ChartPalette::muted(), 0));
    x->setTickPen(Qt::NoPen);
    x->setSubTickPen(Qt::NoPen);
    x->setTickLabelColor(ChartPalette::text());
    x->grid()->setVisible(false);
    QCPAxis *y = m_plot->yAxis;
    y->setTicker(QSharedPointer<QCPAxisTicker>(new NumberTicker(NumberTicker::Style::Number)));
    y->ticker()->setTickCount(5);
    y->setBasePen(Qt::NoPen);
    y->setTickPen(Qt::NoPen);
    y->setSubTickPen(Qt::NoPen);
    y->setTickLabelColor(ChartPalette::text());
    y->grid()->setPen(QPen(QColor(0xe6, 0xe9, 0xed), 0, Qt::SolidLine));
    y->setRange(0, std::max(1.0, maxValue * 1.15));
}

QString ForecastChart::monthText(int index) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    const Sales::ForecastMonth &month = m_months.at(index);
    return tr("%1\nExpected: %2 (%n open deal(s), %3 unweighted)", nullptr, static_cast<int>(month.openCount))
               .arg(DashboardFormat::month(month.month, true), money(month.expected), money(month.openAmount))
           + u'\n'
           + tr("Won: %1 (%n deal(s))", nullptr, static_cast<int>(month.wonCount)).arg(money(month.won));
}

int ForecastChart::monthAt(const QPointF &pos) const
{
    if (!m_plot->axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const double key = m_plot->xAxis->pixelToCoord(pos.x());
    const int index = static_cast<int>(std::lround(key)) - 1;
    if (index < 0 || index >= m_months.size() || std::abs(key - (index + 1)) > 0.45)
        return -1;
    return index;
}

bool ForecastChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int index = monthAt(mouse->position());
        if (index < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(mouse->globalPosition().toPoint(), monthText(index), m_plot);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kizuna::Ui
