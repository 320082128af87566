// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/dashboarddata.h"
#include "core/storage/backgroundjob.h"
#include "core/storage/result.h"
#include "ui/dashboard/drilldown.h"
#include "ui/dashboard/kpidefinitions.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <utility>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Kizuna::Ui {

class ChartWidget;
class DashboardReport;
class DrillDownDialog;
class KpiTile;

// What the dashboard's background job hands back: the data, and the saved segments for the
// segment filter (id, name), read on the same connection.
struct DashboardComputation {
    Analytics::DashboardData data;
    QList<std::pair<QString, QString>> segments;
    QString segmentId;   // the segment the data is limited to; empty: every contact
    QString segmentName;
};

// The KPI dashboard: a date range (with presets), an owner and a segment filter on top (a
// segment's members are taken as of the period's last day), the headline KPI
// tiles against the previous period, and the charts in a scrollable grid. Everything is computed
// in one background job on its own connection; a new request cancels the running one and stale
// results are dropped. Clicking a bar or point opens the records behind it; every chart can be
// saved as PNG or PDF, and the whole dashboard as a multi-page PDF report.
class DashboardView final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(const QString &databasePath, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Another database file: the dashboard is computed again.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }

    Analytics::Period period() const;
    void setPeriod(const Analytics::Period &period);
    QString ownerId() const;
    void setOwnerId(const QString &ownerId);
    // The saved segment whose contacts the dashboard is limited to; empty: all customers.
    QString segmentId() const;
    void setSegmentId(const QString &segmentId);
    // "Today" for the presets (tests); the real date by default.
    void setToday(QDate today);

    // Computes the dashboard for the current pickers (now if visible, else when shown).
    void refresh();
    bool isBusy() const { return m_busy; }
    std::shared_ptr<const Analytics::DashboardData> currentData() const { return m_data; }
    // The segment the data on screen was computed for (empty: every contact), and its name.
    QString dataSegmentId() const { return m_dataSegmentId; }
    QString dataSegmentName() const { return m_dataSegmentName; }

    const QList<ChartWidget *> &charts() const { return m_charts; }
    template<typename T> T *chart() const
    {
        for (ChartWidget *c : m_charts) {
            if (auto *typed = qobject_cast<T *>(c))
                return typed;
        }
        return nullptr;
    }
    const QList<KpiTile *> &tiles() const { return m_tiles; }
    KpiTile *tile(Kpi kpi) const;

    // Opens the records behind a chart's point in a dialog (non-modal, deleted on close).
    DrillDownDialog *openDrillDown(const DrillDown &drillDown);
    // Writes the multi-page PDF report of the data shown.
    Status exportReport(const QString &path);
    // The lines of the report's header for the data shown (period, owner, segment …).
    QStringList reportHeader() const;

Q_SIGNALS:
    void dataReady();
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);
    void drillDownOpened(Kizuna::Ui::DrillDownDialog *dialog);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createContent();
    void createTiles(QGridLayout *grid);
    void createCharts(QGridLayout *grid);
    void applyPreset(int preset);
    void periodEdited();
    void start();
    void finished(quint64 generation, const Result<DashboardComputation> &result);
    void display(std::shared_ptr<const Analytics::DashboardData> dashboard);
    void updateTiles(const Analytics::DashboardData &dashboard);
    void updateOwners(const Analytics::DashboardData &dashboard);
    void updateSegments(const QList<std::pair<QString, QString>> &segments);
    void setBusy(bool busy);
    void askExportReport();
    DashboardReport report() const; // of the data shown: call only with data
    void retranslate();

    QString m_databasePath;
    QDate m_today;
    std::shared_ptr<const Analytics::DashboardData> m_data;
    QString m_dataSegmentId;
    QString m_dataSegmentName;
    Storage::CancelFlag m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_dirty = true;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_segment = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_debounce = nullptr;
    QList<KpiTile *> m_tiles;
    QList<ChartWidget *> m_charts;
};

} // namespace Kizuna::Ui
