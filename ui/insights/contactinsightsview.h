// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/contactinsights.h"
#include "core/storage/backgroundjob.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace Kizuna::Ui {

class InsightTile;

// The contact page's "Insights" tab: what the analytics say about one contact — RFM class with
// its R/F/M scores, last purchase (dormant or not), churn risk, probability alive, expected
// purchases, expected order value, CLV, lead score with its factors (for leads) and cross-sell
// suggestions. Computed on a worker with its own connection; a new contact cancels the running
// job and results that arrive for an earlier contact are dropped.
class ContactInsightsView final : public QWidget {
    Q_OBJECT

public:
    explicit ContactInsightsView(QString databasePath, QWidget *parent = nullptr);
    ~ContactInsightsView() override;

    void setOptions(const Analytics::InsightsOptions &options) { m_options = options; }
    QString contactId() const { return m_contactId; }
    bool isComputing() const { return m_computing; }

    // What is shown, for tests and accessibility.
    QString statusText() const;
    QString rfmClassText() const;
    QString churnRiskText() const;
    QStringList crossSellItems() const;
    QString shownContactId() const { return m_shownId; }

public Q_SLOTS:
    void setContact(const QString &id);
    void refresh();

Q_SIGNALS:
    void insightsShown(const QString &contactId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    InsightTile *addTile(int row, int column);
    void retranslate();
    void finished(quint64 generation, const Result<Analytics::ContactInsights> &result);
    void display(const Analytics::ContactInsights &insights);
    void showTiles(bool visible);

    QString m_databasePath;
    Analytics::InsightsOptions m_options;
    QString m_contactId;
    QString m_shownId;
    Storage::CancelFlag m_cancel;
    quint64 m_generation = 0;
    bool m_computing = false;
    std::optional<Analytics::ContactInsights> m_insights;

    QLabel *m_status;
    QWidget *m_tilesPanel;
    InsightTile *m_rfm;
    InsightTile *m_lastPurchase;
    InsightTile *m_churn;
    InsightTile *m_alive;
    InsightTile *m_purchases;
    InsightTile *m_orderValue;
    InsightTile *m_clv;
    InsightTile *m_lead;
    QLabel *m_crossSellTitle;
    QListWidget *m_crossSell;
};

} // namespace Kizuna::Ui
