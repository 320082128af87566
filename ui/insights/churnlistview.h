// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/churnrisklist.h"
#include "core/storage/backgroundjob.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QIODevice;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Kizuna::Ui {

class ChurnFilterProxy;
class ChurnListModel;

// The churn risk screen: customers likely to have lapsed, ranked by value at risk (revenue ×
// churn risk, the figure of the contact's Insights tab), with P(alive), days since the last
// purchase, orders, revenue and CLV; sortable, filtered by risk class and minimum revenue.
// Computed on a worker with its own connection (the first time in a day it computes the day's
// population model, which takes seconds on a big file) with progress and Cancel. Return or a
// double-click on a row emits contactActivated().
class ChurnListView final : public QWidget {
    Q_OBJECT

public:
    explicit ChurnListView(QString databasePath, QWidget *parent = nullptr);
    ~ChurnListView() override;

    void setOptions(const Analytics::InsightsOptions &options) { m_options = options; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loadedOnce; }

    QTableView *table() const { return m_table; }
    ChurnFilterProxy *proxy() const { return m_proxy; }
    ChurnListModel *model() const { return m_model; }
    QComboBox *riskFilter() const { return m_riskFilter; }
    QDoubleSpinBox *minimumRevenue() const { return m_minimumRevenue; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QString statusText() const;
    // The contact of a row of the table as shown (after filtering and sorting).
    QString contactIdAt(int row) const;

    // Writes the rows as shown (filter and order) to CSV: raw numbers, for a spreadsheet.
    Status exportCsv(QIODevice &device) const;

public Q_SLOTS:
    // Computes the list again (the rows shown stay until the new ones arrive).
    void reload();
    // Stops a running computation.
    void cancel();
    void exportToFile();

Q_SIGNALS:
    void contactActivated(const QString &contactId);
    void loaded();
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Progress;

    void retranslate();
    void finished(quint64 generation, const Result<Analytics::ChurnRiskList> &result);
    void showProgress();
    void setLoading(bool loading);
    void updateSummary();
    void applyFilter();

    QString m_databasePath;
    Analytics::InsightsOptions m_options;
    Storage::CancelFlag m_cancel;
    std::shared_ptr<Progress> m_progressState;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
    QDate m_asOf;

    ChurnListModel *m_model;
    ChurnFilterProxy *m_proxy;
    QLabel *m_riskLabel;
    QComboBox *m_riskFilter;
    QLabel *m_revenueLabel;
    QDoubleSpinBox *m_minimumRevenue;
    QPushButton *m_refreshButton;
    QPushButton *m_exportButton;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_progressTimer;
};

} // namespace Kizuna::Ui
