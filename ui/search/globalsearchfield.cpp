// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/globalsearchfield.h"

#include "core/search/searchservice.h"
#include "ui/common/choicelabels.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>
#include <QTreeWidget>

namespace Kizuna::Ui {

namespace {
constexpr int MaxHits = 20;
constexpr int DebounceMs = 60; // coalesces a burst of keystrokes (typing fast, IME commits)
} // namespace

GlobalSearchField::GlobalSearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_popup(new QTreeWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search contacts, companies, deals, notes… (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumWidth(320);

    m_popup->setObjectName(QStringLiteral("globalSearchResults"));
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setFocusProxy(this);
    m_popup->setMouseTracking(true);
    m_popup->setColumnCount(3);
    m_popup->setUniformRowHeights(true);
    m_popup->setRootIsDecorated(false);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->header()->hide();
    m_popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_popup->installEventFilter(this);
    connect(m_popup, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { choose(m_popup->indexOfTopLevelItem(item)); });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearchField::startSearch);
    connect(this, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            m_hits.clear();
            m_shownQuery.clear();
            m_popup->hide();
        }
    });
}

GlobalSearchField::~GlobalSearchField() = default;

void GlobalSearchField::setDatabasePath(const QString &path)
{
    delete m_service;
    m_service = nullptr;
    m_hits.clear();
    m_popup->hide();
    if (path.isEmpty())
        return;
    m_service = new Search::SearchService(path, this);
    connect(m_service, &Search::SearchService::results, this, &GlobalSearchField::showHits);
    connect(m_service, &Search::SearchService::failed, this,
            [this](const QString &, const QString &message) { Q_EMIT searchFailed(message); });
}

void GlobalSearchField::startSearch()
{
    const QString query = text().trimmed();
    if (query.isEmpty() || !m_service)
        return;
    m_service->search(query, MaxHits);
}

void GlobalSearchField::showHits(const QString &query, const Search::SearchHits &hits)
{
    if (query != text().trimmed())
        return; // typed on since: a newer query is on its way
    m_hits = hits;
    m_shownQuery = query;
    m_popup->setUpdatesEnabled(false);
    m_popup->clear();
    if (hits.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_popup, {tr("No match for \"%1\"").arg(query)});
        none->setFlags(Qt::NoItemFlags);
    }
    for (const Search::SearchHit &hit : hits) {
        auto *item = new QTreeWidgetItem(m_popup, {hit.title, hit.subtitle, ChoiceLabels::entity(hit.entity)});
        item->setForeground(2, palette().placeholderText());
        item->setToolTip(0, hit.title);
    }
    if (!hits.isEmpty())
        m_popup->setCurrentItem(m_popup->topLevelItem(0));
    m_popup->setUpdatesEnabled(true);
    showPopup();
}

void GlobalSearchField::showPopup()
{
    const int rows = qMax(1, m_popup->topLevelItemCount());
    const int rowHeight = qMax(m_popup->sizeHintForRow(0), fontMetrics().height() + 6);
    m_popup->resize(qMax(width(), 480), qMin(rows, 12) * rowHeight + 6);
    m_popup->move(mapToGlobal(QPoint(0, height())));
    if (!m_popup->isVisible())
        m_popup->show();
    setFocus();
}

void GlobalSearchField::choose(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const Search::SearchHit hit = m_hits.at(row);
    m_popup->hide();
    Q_EMIT recordChosen(hit.entity, hit.recordId);
}

void GlobalSearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && !m_hits.isEmpty()) {
        showPopup();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_hits.isEmpty()
        && m_shownQuery == text().trimmed()) {
        choose(qMax(0, m_popup->indexOfTopLevelItem(m_popup->currentItem())));
        return;
    }
    QLineEdit::keyPressEvent(event);
}

bool GlobalSearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_popup)
        return QLineEdit::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress && !m_popup->rect().contains(
            m_popup->mapFromGlobal(static_cast<QMouseEvent *>(event)->globalPosition().toPoint()))) {
        m_popup->hide();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(m_popup->indexOfTopLevelItem(m_popup->currentItem()));
        return true;
    case Qt::Key_Escape:
        m_popup->hide();
        setFocus();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        return false; // the list moves its selection
    default:
        // Everything else is typing: it goes to the field, which searches again.
        QLineEdit::event(event);
        return true;
    }
}

} // namespace Kizuna::Ui
