// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/contactinsightsview.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/insights/insighttile.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace Kizuna::Ui {

namespace {

using InsightsResult = Result<Analytics::ContactInsights>;

// The colour of the churn risk tile by risk class (the classes of churnrisk.h, as the churn list).
QColor riskColor(Analytics::ChurnRiskClass riskClass)
{
    switch (riskClass) {
    case Analytics::ChurnRiskClass::High: return ChartPalette::negative();
    case Analytics::ChurnRiskClass::Medium: return QColor(QStringLiteral("#c98a00"));
    case Analytics::ChurnRiskClass::Low: break;
    }
    return ChartPalette::positive();
}

} // namespace

ContactInsightsView::ContactInsightsView(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_cancel(Storage::makeCancelFlag())
    , m_status(new QLabel(this))
    , m_tilesPanel(new QWidget)
{
    auto *grid = new QGridLayout(m_tilesPanel);
    grid->setSpacing(8);
    m_rfm = addTile(0, 0);
    m_lastPurchase = addTile(0, 1);
    m_churn = addTile(0, 2);
    m_alive = addTile(1, 0);
    m_purchases = addTile(1, 1);
    m_orderValue = addTile(1, 2);
    m_clv = addTile(2, 0);
    m_lead = addTile(2, 1);
    m_crossSellTitle = new QLabel(m_tilesPanel);
    QFont titleFont = m_crossSellTitle->font();
    titleFont.setBold(true);
    m_crossSellTitle->setFont(titleFont);
    m_crossSell = new QListWidget(m_tilesPanel);
    m_crossSell->setObjectName(QStringLiteral("crossSellList"));
    m_crossSell->setMinimumHeight(110);
    grid->addWidget(m_crossSellTitle, 3, 0, 1, 3);
    grid->addWidget(m_crossSell, 4, 0, 1, 3);
    grid->setRowStretch(5, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_tilesPanel);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    retranslate();
    showTiles(false);
}

ContactInsightsView::~ContactInsightsView()
{
    m_cancel->store(true); // a running worker stops at its next check; its result is dropped
}

InsightTile *ContactInsightsView::addTile(int row, int column)
{
    auto *tile = new InsightTile(m_tilesPanel);
    static_cast<QGridLayout *>(m_tilesPanel->layout())->addWidget(tile, row, column);
    return tile;
}

void ContactInsightsView::retranslate()
{
    m_rfm->setName(tr("RFM class"));
    m_rfm->setDefinition(tr("Recency (days since the last purchase), frequency (orders) and monetary value "
                            "(revenue), each scored 1–5 by quintiles of all customers (5 best; tied values share "
                            "a score), combined into one of eleven classes."));
    m_lastPurchase->setName(tr("Last purchase"));
    m_lastPurchase->setDefinition(tr("Days since the last purchase. A customer is dormant after %1 days without "
                                     "one.").arg(m_options.dormantDays));
    m_churn->setName(tr("Churn risk"));
    m_churn->setDefinition(tr("The higher of 1 − P(alive) and the share of all repeat purchases that came sooner "
                              "than this customer's current silence; high from 70 %, medium from 40 %."));
    m_alive->setName(tr("Probability alive"));
    m_alive->setDefinition(tr("The BG/NBD model's probability that the customer is still buying, from the number "
                              "and timing of their repeat purchase days."));
    m_purchases->setName(tr("Expected purchases (%1 weeks)").arg(m_options.purchaseWeeks));
    m_purchases->setDefinition(tr("Purchase days the BG/NBD model expects from this customer in the next %1 "
                                  "weeks.").arg(m_options.purchaseWeeks));
    m_orderValue->setName(tr("Expected order value"));
    m_orderValue->setDefinition(tr("The Gamma-Gamma model's expected value of a future purchase: the customer's "
                                   "mean repeat spend, weighed against that of all customers."));
    m_clv->setName(tr("Customer lifetime value (1 year)"));
    m_clv->setDefinition(tr("Expected purchases month by month over the next year × expected order value, "
                            "discounted monthly."));
    m_lead->setName(tr("Lead score"));
    m_lead->setDefinition(tr("Points 0–100 for source channel, recent activities, lifecycle stage and email "
                             "engagement."));
    m_crossSellTitle->setText(tr("Customers like this one also bought"));
    m_crossSell->setToolTip(tr("Association rules over all customers: products and categories bought by "
                               "customers who bought what this one did, and not yet by this one."));
    if (m_computing)
        m_status->setText(tr("Computing…"));
    if (m_insights)
        display(*m_insights);
}

void ContactInsightsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContactInsightsView::showTiles(bool visible)
{
    m_tilesPanel->setVisible(visible);
}

void ContactInsightsView::setContact(const QString &id)
{
    m_contactId = id;
    refresh();
}

void ContactInsightsView::refresh()
{
    m_cancel->store(true); // the running job (if any) stops at its next check
    m_cancel = Storage::makeCancelFlag();
    const quint64 generation = ++m_generation;
    m_insights.reset();
    m_shownId.clear();
    showTiles(false);
    if (m_contactId.isEmpty()) {
        m_computing = false;
        m_status->clear();
        return;
    }
    m_computing = true;
    m_status->setText(tr("Computing…"));
    auto *watcher = new QFutureWatcher<InsightsResult>(this);
    connect(watcher, &QFutureWatcher<InsightsResult>::finished, this, [this, watcher, generation] {
        finished(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(Storage::runInBackground<Analytics::ContactInsights>(
        m_databasePath, m_cancel,
        [id = m_contactId, options = m_options](Storage::Database &db, const std::atomic<bool> &cancel) {
            return Analytics::computeContactInsights(db, id, options, &cancel);
        }));
}

void ContactInsightsView::finished(quint64 generation, const InsightsResult &result)
{
    if (generation != m_generation)
        return; // an earlier contact's result: stale
    m_computing = false;
    if (!result.ok()) {
        if (result.error().kind == ErrorKind::Cancelled)
            return;
        m_status->setText(tr("Could not compute the insights: %1").arg(result.error().message));
        Q_EMIT errorOccurred(result.error().message);
        return;
    }
    m_insights = result.value();
    display(*m_insights);
    Q_EMIT insightsShown(m_shownId);
}

void ContactInsightsView::display(const Analytics::ContactInsights &insights)
{
    m_shownId = insights.contactId;
    m_status->setText(insights.hasOrders ? tr("As of %1").arg(DashboardFormat::date(insights.asOf))
                                         : insights.dormantWhy);
    for (InsightTile *tile : {m_rfm, m_lastPurchase, m_churn, m_alive, m_purchases, m_orderValue, m_clv})
        tile->setVisible(insights.hasOrders);
    if (insights.hasOrders) {
        m_rfm->setValue(Analytics::rfmClassName(insights.rfmClass));
        m_rfm->setNote(tr("R %1 · F %2 · M %3").arg(insights.r).arg(insights.f).arg(insights.m) + u'\n'
                       + insights.rfmWhy);
        m_lastPurchase->setValue(tr("%n day(s) ago", nullptr, insights.daysSinceLastPurchase),
                                 insights.dormant ? ChartPalette::negative() : QColor());
        m_lastPurchase->setNote((insights.dormant ? tr("Dormant") : tr("Active")) + u'\n' + insights.dormantWhy);
    }
    const bool clv = insights.hasOrders && insights.hasClv;
    for (InsightTile *tile : {m_churn, m_alive, m_purchases, m_orderValue, m_clv}) {
        if (!clv) {
            tile->clear();
            tile->setNote(tr("Not enough purchase history to fit the lifetime value models."));
        }
    }
    if (clv) {
        m_churn->setValue(DashboardFormat::percent(insights.churnRisk.value, 0), riskColor(insights.churnRiskClass));
        m_churn->setNote(tr("%1 risk").arg(Analytics::churnRiskClassName(insights.churnRiskClass)) + u'\n'
                         + insights.churnRisk.why);
        m_alive->setValue(DashboardFormat::percent(insights.probabilityAlive.value, 0));
        m_alive->setNote(insights.probabilityAlive.why);
        m_purchases->setValue(DashboardFormat::number(insights.expectedPurchases.value, 2));
        m_purchases->setNote(insights.expectedPurchases.why);
        m_orderValue->setValue(DashboardFormat::money(insights.expectedAverageValue.value));
        m_orderValue->setNote(insights.expectedAverageValue.why);
        m_clv->setValue(DashboardFormat::money(insights.clv.value));
        m_clv->setNote(insights.clv.why);
    }
    m_lead->setVisible(insights.isLead);
    if (insights.isLead) {
        m_lead->setValue(DashboardFormat::number(insights.leadScore.score, 0));
        QStringList lines{insights.leadWhy};
        for (const Analytics::ScoreFactor &factor : insights.leadScore.factors)
            lines << tr("%1: %2").arg(factor.label,
                                      (factor.contribution >= 0 ? QStringLiteral("+") : QString())
                                          + DashboardFormat::number(factor.contribution, 0));
        m_lead->setNote(lines.join(u'\n'));
    }
    m_crossSell->clear();
    for (const Analytics::InsightCrossSell &s : insights.crossSell) {
        auto *item = new QListWidgetItem(s.category ? tr("%1 (category)").arg(s.label) : s.label, m_crossSell);
        item->setData(Qt::UserRole, s.item);
        item->setToolTip(s.why);
    }
    if (insights.crossSell.empty())
        new QListWidgetItem(tr("No suggestions yet: not enough customers bought the same things."), m_crossSell);
    showTiles(true);
}

QString ContactInsightsView::statusText() const
{
    return m_status->text();
}

QString ContactInsightsView::rfmClassText() const
{
    return m_insights && m_insights->hasOrders ? m_rfm->valueText() : QString();
}

QString ContactInsightsView::churnRiskText() const
{
    return m_churn->valueText();
}

QStringList ContactInsightsView::crossSellItems() const
{
    QStringList items;
    if (!m_insights)
        return items;
    for (int i = 0; i < m_crossSell->count(); ++i) {
        if (!m_crossSell->item(i)->data(Qt::UserRole).isNull())
            items << m_crossSell->item(i)->text();
    }
    return items;
}

} // namespace Kizuna::Ui
