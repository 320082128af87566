// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/backgroundjob.h"
#include "ui/dashboard/drilldown.h"
#include "ui/dashboard/drilldownquery.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Kizuna::Ui {

// The records behind a bar or point of a chart, loaded on a worker thread, at most RowCap rows
// (the dialog says so when there are more).
class DrillDownDialog final : public QDialog {
    Q_OBJECT

public:
    static constexpr int RowCap = 5000;

    DrillDownDialog(const QString &databasePath, const DrillDown &drillDown,
                    QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    const DrillDown &drillDown() const { return m_drillDown; }
    QTableView *tableView() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }
    QString statusText() const;

Q_SIGNALS:
    void loaded();

private:
    void showRows();

    DrillDown m_drillDown;
    Storage::CancelFlag m_cancel;
    QFutureWatcher<Result<DrillDownRows>> m_watcher;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
};

} // namespace Kizuna::Ui
