// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duplicates/duplicatesview.h"

#include "core/dedupe/contactmerger.h"
#include "core/model/entities.h"
#include "core/storage/backgroundjob.h"
#include "ui/common/editsession.h"
#include "ui/duplicates/mergepanel.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace Kizuna::Ui {

namespace {

QString describe(const QString &name, const QString &email, const QString &phone)
{
    QStringList details;
    for (const QString &part : {email, phone}) {
        if (!part.isEmpty())
            details.append(part);
    }
    return details.isEmpty() ? name : name + QStringLiteral(" — ") + details.join(QStringLiteral(" · "));
}

} // namespace

DuplicatesView::DuplicatesView(EditSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Score"), tr("Why"), tr("Contact"), tr("Possible duplicate")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_panel = new MergePanel(this);
    m_merge = new QPushButton(tr("Merge"), this);
    m_notDuplicate = new QPushButton(tr("Not a duplicate"), this);
    m_swap = new QPushButton(tr("Keep the other contact"), this);
    auto *refresh = new QPushButton(tr("Search again"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addWidget(m_notDuplicate);
    buttons->addWidget(m_swap);
    buttons->addStretch();
    buttons->addWidget(refresh);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_panel, 1);
    bottomLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DuplicatesView::showSelected);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesView::mergeSelected);
    connect(m_notDuplicate, &QPushButton::clicked, this, &DuplicatesView::hideSelected);
    connect(m_swap, &QPushButton::clicked, this, &DuplicatesView::swapSelected);
    connect(refresh, &QPushButton::clicked, this, &DuplicatesView::reload);
    connect(&m_session, &EditSession::recordChanged, this, [this](const QString &entity) {
        if (entity == u"contact" && isVisible())
            reload();
    });
    showSelected();
}

DuplicatesView::~DuplicatesView() = default;

void DuplicatesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void DuplicatesView::reload()
{
    m_loadedOnce = true;
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Looking for duplicates…"));
    auto *watcher = new QFutureWatcher<Result<QList<DuplicatePairRow>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<DuplicatePairRow>>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const auto result = watcher->result();
        if (!result.ok()) {
            m_summary->setText(result.error().message);
            Q_EMIT errorOccurred(result.error().message);
            return;
        }
        showPairs(*result);
        Q_EMIT loaded();
    });
    watcher->setFuture(Storage::runInBackground<QList<DuplicatePairRow>>(
        m_session.database().path(), Storage::makeCancelFlag(),
        [](Storage::Database &db, const std::atomic<bool> &cancel) { return DuplicatePairQuery::load(db, cancel); }));
}

QString DuplicatesView::pairKey(const Dedupe::DuplicatePair &pair)
{
    return pair.firstId + u'|' + pair.secondId;
}

void DuplicatesView::showPairs(const QList<DuplicatePairRow> &pairs)
{
    m_pairs.clear();
    for (const auto &row : pairs) {
        if (!m_hidden.contains(pairKey(row.pair)))
            m_pairs.append(row);
    }
    m_tree->clear();
    for (const auto &row : std::as_const(m_pairs)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(ScoreColumn, QString::number(row.pair.score));
        item->setData(ScoreColumn, Qt::UserRole, row.pair.score);
        item->setText(ReasonsColumn, row.pair.reasons.join(QStringLiteral(", ")));
        item->setText(FirstColumn, describe(row.pair.firstName, row.firstEmail, row.firstPhone));
        item->setText(SecondColumn, describe(row.pair.secondName, row.secondEmail, row.secondPhone));
    }
    m_summary->setText(m_pairs.isEmpty() ? tr("No duplicates found.")
                                         : tr("%n possible duplicate pair(s).", nullptr, int(m_pairs.size())));
    showSelected();
}

void DuplicatesView::selectPair(int row)
{
    m_tree->setCurrentItem(m_tree->topLevelItem(row));
}

const DuplicatePairRow *DuplicatesView::selectedPair() const
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

void DuplicatesView::showSelected()
{
    const DuplicatePairRow *row = selectedPair();
    m_merge->setEnabled(false);
    m_notDuplicate->setEnabled(row != nullptr);
    m_swap->setEnabled(row != nullptr);
    if (!row) {
        m_panel->clear();
        return;
    }
    const bool swapped = m_swapped.contains(pairKey(row->pair));
    const Model::EntityDef &contact = Model::entity(u"contact");
    auto kept = m_session.store().get(contact, swapped ? row->pair.secondId : row->pair.firstId);
    auto merged = m_session.store().get(contact, swapped ? row->pair.firstId : row->pair.secondId);
    if (!kept.ok() || !merged.ok()) {
        m_panel->clear();
        Q_EMIT errorOccurred((!kept.ok() ? kept.error() : merged.error()).message);
        return;
    }
    m_panel->setContacts(*kept, *merged);
    m_merge->setEnabled(!kept->isDeleted() && !merged->isDeleted());
}

// The merge as an undoable edit: undo is undoMerge with the record of what the merge changed;
// redo merges again with the same choices (and keeps the new record for the next undo).
bool DuplicatesView::mergeSelected()
{
    const DuplicatePairRow *row = selectedPair();
    if (!row || m_panel->kept().id.isEmpty())
        return false;
    const QString keptId = m_panel->kept().id;
    const QString mergedId = m_panel->merged().id;
    const Model::FieldValues choices = m_panel->choices();
    auto record = std::make_shared<std::optional<Dedupe::MergeRecord>>();
    Model::RecordStore &store = m_session.store();
    auto apply = [&store, keptId, mergedId, choices, record]() -> Status {
        auto merged = Dedupe::ContactMerger(store).merge(keptId, mergedId, choices);
        if (!merged.ok())
            return merged.error();
        *record = *merged;
        return {};
    };
    auto revert = [&store, record]() -> Status {
        if (!record->has_value())
            return Error::notFound(tr("nothing to undo: the merge did not happen"));
        return Dedupe::ContactMerger(store).undoMerge(**record);
    };
    const bool swapped = m_swapped.contains(pairKey(row->pair));
    const QString keptName = swapped ? row->pair.secondName : row->pair.firstName;
    const QString mergedName = swapped ? row->pair.firstName : row->pair.secondName;
    const QString description = tr("Merge “%1” into “%2”").arg(mergedName, keptName);
    const Status status = m_session.perform(description, QStringLiteral("contact"), keptId, apply, revert);
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("Merged “%1” into “%2”. Undo (Ctrl+Z) puts both back.").arg(mergedName, keptName));
    reload();
    return true;
}

void DuplicatesView::swapSelected()
{
    const DuplicatePairRow *row = selectedPair();
    if (!row)
        return;
    const QString key = pairKey(row->pair);
    if (!m_swapped.remove(key))
        m_swapped.insert(key);
    showSelected();
}

void DuplicatesView::hideSelected()
{
    const DuplicatePairRow *row = selectedPair();
    if (!row)
        return;
    m_hidden.insert(pairKey(row->pair));
    showPairs(QList<DuplicatePairRow>(m_pairs));
}

} // namespace Kizuna::Ui
