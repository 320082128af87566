// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/drilldowndialog.h"

#include "ui/dashboard/dashboardformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace Kizuna::Ui {

namespace {

constexpr int SortRole = Qt::UserRole + 1;

QStandardItem *itemFor(const QVariant &value)
{
    auto *item = new QStandardItem;
    item->setEditable(false);
    const auto type = value.typeId();
    if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int) {
        const double number = value.toDouble();
        const bool whole = std::abs(number - std::round(number)) < 1e-9;
        item->setText(DashboardFormat::number(number, whole ? 0 : 2));
        item->setData(number, SortRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    } else {
        item->setText(value.toString());
        item->setData(value.toString(), SortRole);
    }
    return item;
}

} // namespace

DrillDownDialog::DrillDownDialog(const QString &databasePath, const DrillDown &drillDown,
                                 QWidget *parent)
    : QDialog(parent)
    , m_drillDown(drillDown)
    , m_cancel(Storage::makeCancelFlag())
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(drillDown.title);
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(drillDown.title.toHtmlEscaped(), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    m_model->setHorizontalHeaderLabels(drillDown.headers);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_status->setText(tr("Loading…"));
    connect(&m_watcher, &QFutureWatcher<Result<DrillDownRows>>::finished, this,
            &DrillDownDialog::showRows);
    const DrillDown query = drillDown;
    m_watcher.setFuture(Storage::runInBackground<DrillDownRows>(
        databasePath, m_cancel, [query](Storage::Database &db, const std::atomic<bool> &cancel) {
            return runDrillDown(db, query, RowCap, &cancel);
        }));
}

DrillDownDialog::~DrillDownDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

QString DrillDownDialog::statusText() const
{
    return m_status->text();
}

void DrillDownDialog::showRows()
{
    const auto result = m_watcher.result();
    m_loaded = true;
    if (!result.ok()) {
        m_status->setText(tr("Could not load the records: %1").arg(result.error().message));
        Q_EMIT loaded();
        return;
    }
    const auto labels = m_drillDown.labels;
    for (const QVariantList &row : result->rows) {
        QList<QStandardItem *> items;
        for (int column = 0; column < row.size(); ++column) {
            QVariant value = row.at(column);
            for (const auto &[labelColumn, label] : labels) {
                if (labelColumn == column && !value.isNull())
                    value = label(value.toString());
            }
            items.append(itemFor(value));
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    const auto count = result->rows.size();
    m_status->setText(result->truncated ? tr("The first %1 records are shown; there are more.")
                                              .arg(DashboardFormat::count(count))
                                        : tr("%n record(s)", nullptr, static_cast<int>(count)));
    Q_EMIT loaded();
}

} // namespace Kizuna::Ui
