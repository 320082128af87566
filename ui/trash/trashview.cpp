// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trash/trashview.h"
#include "ui/common/displayformat.h"

#include "core/model/entities.h"
#include "core/storage/backgroundjob.h"
#include "ui/common/editsession.h"
#include "ui/common/errorreport.h"
#include "ui/common/choicelabels.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

TrashView::TrashView(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_purge(new QPushButton(tr("Delete for &Good…"), this))
{
    setObjectName(QStringLiteral("trashView"));
    m_tree->setObjectName(QStringLiteral("trashTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Deleted")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(true);
    m_restore->setObjectName(QStringLiteral("trashRestore"));
    m_restore->setToolTip(tr("Put the selected records back where they were"));
    m_purge->setObjectName(QStringLiteral("trashPurge"));
    m_purge->setToolTip(tr("Remove the selected records for good; this cannot be undone"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_purge);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Trash</b> — deleted contacts, companies and deals"), this);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &TrashView::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashView::purgeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TrashView::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, &TrashView::restoreSelected);
    connect(&m_session, &EditSession::recordChanged, this, [this](const QString &entity) {
        if (isVisible() && (entity == u"contact" || entity == u"company" || entity == u"deal"))
            reload();
    });
    updateButtons();
}

void TrashView::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void TrashView::reload()
{
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Reading the Trash…"));
    auto *watcher = new QFutureWatcher<Result<QList<TrashItem>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<TrashItem>>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const auto result = watcher->result();
        if (!result.ok()) {
            m_summary->clear();
            Q_EMIT errorOccurred(tr("Cannot read the Trash: %1").arg(result.error().message));
            return;
        }
        show(*result);
        Q_EMIT loaded();
    });
    watcher->setFuture(Storage::runInBackground<QList<TrashItem>>(
        m_session.database().path(), Storage::makeCancelFlag(),
        [](Storage::Database &db, const std::atomic<bool> &) { return TrashQuery::items(db, Limit); }));
}

void TrashView::show(const QList<TrashItem> &items)
{
    m_items = items;
    m_tree->clear();
    for (const TrashItem &item : items) {
        const QDateTime when = QDateTime::fromString(item.deletedAt, Qt::ISODateWithMs).toLocalTime();
        new QTreeWidgetItem(m_tree, {item.name, ChoiceLabels::entity(item.entity),
                                     DisplayFormat::dateTime(when)});
    }
    for (int column = 0; column < 2; ++column)
        m_tree->resizeColumnToContents(column);
    m_summary->setText(items.isEmpty() ? tr("The Trash is empty.")
                       : items.size() >= Limit
                           ? tr("The %1 most recently deleted records").arg(Limit)
                           : tr("%Ln record(s) in the Trash", nullptr, static_cast<int>(items.size())));
    updateButtons();
}

QList<TrashItem> TrashView::selectedItems() const
{
    QList<TrashItem> selected;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const int row = m_tree->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_items.size())
            selected << m_items.at(row);
    }
    return selected;
}

void TrashView::restoreSelected()
{
    const QList<TrashItem> selected = selectedItems();
    if (selected.isEmpty())
        return;
    m_session.beginGroup(selected.size() == 1 ? tr("Restore %1").arg(selected.constFirst().name)
                                              : tr("Restore %n record(s)", nullptr, static_cast<int>(selected.size())));
    int restored = 0;
    for (const TrashItem &item : selected) {
        const Status status = m_session.restore(item.entity, item.id, tr("Restore %1").arg(item.name));
        if (!status.ok()) {
            Q_EMIT errorOccurred(status.error().message);
            break;
        }
        ++restored;
    }
    m_session.endGroup();
    Q_EMIT statusMessage(tr("%n record(s) restored", nullptr, restored));
}

void TrashView::purgeSelected()
{
    const QList<TrashItem> selected = selectedItems();
    if (selected.isEmpty())
        return;
    if (guiErrorsEnabled()
        && QMessageBox::warning(this, tr("Delete for Good"),
                                tr("Delete %n record(s) for good? Their timelines go with them and this "
                                   "cannot be undone.",
                                   nullptr, static_cast<int>(selected.size())),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    for (const TrashItem &item : selected) {
        const Status status = m_session.store().purge(Model::entity(item.entity), item.id);
        if (!status.ok()) {
            Q_EMIT errorOccurred(status.error().message);
            break;
        }
    }
    reload();
}

void TrashView::updateButtons()
{
    const bool any = !m_tree->selectedItems().isEmpty();
    m_restore->setEnabled(any);
    m_purge->setEnabled(any);
}

} // namespace Kizuna::Ui
