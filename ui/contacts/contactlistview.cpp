// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactlistview.h"

#include "core/model/entities.h"
#include "ui/common/choicelabels.h"
#include "ui/contacts/contactfilterbar.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactviews.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QComboBox>
#include <QInputDialog>
#include <QLayout>
#include <QToolButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ContactListView::ContactListView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ContactListModel(db, this))
    , m_filters(new ContactFilterBar(db, this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(m_pages))
    , m_placeholder(new QLabel(m_pages))
{
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSortIndicator(ContactListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // the model re-reads in the column's order (keyset pages)
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ContactListView::showColumnMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!ContactListModel::isSortable(column)) { // back to what the rows are sorted by
                    const ContactListOrder order = m_model->order();
                    const QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(ContactListModel::columnFor(order.key), order.order);
                }
            });
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    setDefaultColumnWidths();

    m_placeholder->setObjectName(QStringLiteral("contactPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filters);
    layout->addWidget(m_pages);
    connect(m_filters, &ContactFilterBar::filterChanged, m_model, &ContactListModel::setFilter);
    createViewChooser(db);
    connect(m_model, &ContactListModel::modelReset, this, &ContactListView::showListOrPlaceholder);
    connect(m_model, &ContactListModel::pageLoaded, this, &ContactListView::showListOrPlaceholder);

    connect(m_model, &ContactListModel::totalCountChanged, this, [this](qint64 count) {
        showListOrPlaceholder();
        Q_EMIT totalCountChanged(count);
    });
    connect(m_model, &ContactListModel::errorOccurred, this, &ContactListView::errorOccurred);
    retranslate();
    showListOrPlaceholder();
}

QByteArray ContactListView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ContactListView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void ContactListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContactListView::setDefaultColumnWidths()
{
    // Wide enough for a typical value (and the header) in the current font and language.
    const QFontMetrics metrics = fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width;
    };
    QStringList kinds, stages;
    for (const QString &key : Model::Choices::contactKinds())
        kinds << ChoiceLabels::contactKind(key);
    for (const QString &key : Model::Choices::lifecycleStages())
        stages << ChoiceLabels::lifecycleStage(key);
    const QStringList samples[ContactListModel::ColumnCount]
        = { { QStringLiteral("長谷川 美奈子"), QStringLiteral("Christopher Johnson") },
            { QStringLiteral("ハセガワ ミナコ") },
            { QStringLiteral("株式会社サンプル商事本店") },
            { QStringLiteral("m.hasegawa@sample-shoji.co.jp") },
            { QStringLiteral("090-1234-5678") },
            { QStringLiteral("神奈川県") },
            kinds,
            stages };
    const int padding = 2 * metrics.averageCharWidth() + 12;
    for (int column = 0; column < ContactListModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, widest(samples[column] + QStringList { header }) + padding);
    }
}

void ContactListView::showListOrPlaceholder()
{
    // Under filters an empty list is still the list (with its headers), not the welcome note.
    const bool welcome = m_model->isEmpty() && m_model->filter().isEmpty();
    m_pages->setCurrentWidget(welcome ? static_cast<QWidget *>(m_placeholder) : m_table);
    m_filters->setVisible(!welcome);
}

void ContactListView::createViewChooser(Storage::Database &db)
{
    m_views = new QComboBox(m_filters);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setToolTip(tr("Saved views: filters and order under a name"));
    auto *save = new QToolButton(m_filters);
    save->setText(tr("Save View…"));
    save->setAutoRaise(true);
    auto *remove = new QToolButton(m_filters);
    remove->setObjectName(QStringLiteral("deleteView"));
    remove->setText(tr("Delete View"));
    remove->setAutoRaise(true);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_views->setMinimumContentsLength(16);
    m_filters->addToSecondRow(m_views);
    m_filters->addToSecondRow(save);
    m_filters->addToSecondRow(remove);
    m_db = &db;
    reloadViews();
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyView(m_views->itemText(index));
    });
    connect(save, &QToolButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"))
                                 .trimmed();
        if (!name.isEmpty())
            saveView(name);
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        if (m_views->currentIndex() > 0)
            deleteView(m_views->currentText());
    });
}

void ContactListView::reloadViews()
{
    const QSignalBlocker block(m_views);
    const QString current = m_views->currentText();
    m_views->clear();
    m_views->addItem(tr("All contacts"));
    m_views->addItems(ContactViews::names(*m_db));
    m_views->setCurrentIndex(qMax(0, m_views->findText(current)));
}

bool ContactListView::saveView(const QString &name)
{
    const Status saved = ContactViews::save(*m_db, name, {m_model->filter(), m_model->order()});
    if (!saved.ok()) {
        Q_EMIT errorOccurred(saved.error().message);
        return false;
    }
    reloadViews();
    m_views->setCurrentIndex(m_views->findText(name));
    return true;
}

bool ContactListView::applyView(const QString &name)
{
    const auto view = ContactViews::load(*m_db, name);
    if (!view)
        return false;
    m_filters->setFilter(view->filter);
    m_table->sortByColumn(ContactListModel::columnFor(view->order.key), view->order.order);
    m_views->setCurrentIndex(m_views->findText(name));
    return true;
}

bool ContactListView::deleteView(const QString &name)
{
    const Status removed = ContactViews::remove(*m_db, name);
    if (!removed.ok()) {
        Q_EMIT errorOccurred(removed.error().message);
        return false;
    }
    reloadViews();
    m_views->setCurrentIndex(0);
    return true;
}

void ContactListView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < ContactListModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != ContactListModel::NameColumn); // the name always shows
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void ContactListView::retranslate()
{
    m_placeholder->setText(
        tr("<p><b>No contacts yet.</b></p>"
           "<p>Import your customer list with <code>kizuna-cli import</code>, or start Kizuna with "
           "<code>--demo</code> on a new database to explore it with realistic sample data.</p>"));
}

} // namespace Kizuna::Ui
