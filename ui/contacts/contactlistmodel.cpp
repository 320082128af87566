// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactlistmodel.h"

#include "core/storage/backgroundjob.h"
#include "core/storage/database.h"
#include "ui/common/choicelabels.h"
#include "ui/contacts/contactpagequery.h"
#include "ui/contacts/contactroles.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcContactList, "kizuna.ui.contacts")

namespace Kizuna::Ui {

ContactListModel::ContactListModel(Storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_pages(this, db.path(), [this](Result<QList<ContactRow>> page, bool replace) {
        applyPage(std::move(page), replace);
    })
{
    reload();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow &contact = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(contact, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !contact.readingDisplay().isEmpty())
            return QString(contact.displayName() + u" (" + contact.readingDisplay() + u')');
        return display(contact, index.column());
    default:
        return roleData(contact, role);
    }
}

QVariant ContactListModel::display(const ContactRow &row, int column) const
{
    return displayText(row, column);
}

QString ContactListModel::displayText(const ContactRow &row, int column)
{
    switch (column) {
    case NameColumn:
        return row.displayName();
    case ReadingColumn:
        return row.readingDisplay();
    case CompanyColumn:
        return row.companyName;
    case EmailColumn:
        return row.email;
    case PhoneColumn:
        return row.phone;
    case PrefectureColumn:
        return row.prefecture;
    case KindColumn:
        return ChoiceLabels::contactKind(row.kind);
    case StageColumn:
        return ChoiceLabels::lifecycleStage(row.lifecycleStage);
    default:
        return {};
    }
}

QVariant ContactListModel::roleData(const ContactRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case FamilyNameRole:
        return row.familyName;
    case GivenNameRole:
        return row.givenName;
    case FamilyNameReadingRole:
        return row.familyNameReading;
    case GivenNameReadingRole:
        return row.givenNameReading;
    case CompanyIdRole:
        return row.companyId;
    case KindKeyRole:
        return row.kind;
    case LifecycleStageKeyRole:
        return row.lifecycleStage;
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case CompanyColumn:
        return tr("Company");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case PrefectureColumn:
        return tr("Prefecture");
    case KindColumn:
        return tr("Kind");
    case StageColumn:
        return tr("Stage");
    default:
        return {};
    }
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    requestPage(false);
}

void ContactListModel::requestPage(bool replace)
{
    std::optional<ContactRow> after;
    if (!replace && !m_rows.isEmpty())
        after = m_rows.constLast();
    m_pages.request(
        [order = m_order, filter = m_filter, version = m_dataVersion](Storage::Database &db,
                                                                      const ContactRow *last, int limit) {
            return ContactPageQuery::page(db, order, filter, last, limit, version);
        },
        std::move(after), m_batchSize, replace);
}

void ContactListModel::applyPage(Result<QList<ContactRow>> page, bool replace)
{
    if (!page.ok()) {
        if (replace) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        m_atEnd = true; // do not retry on every scroll step
        const QString message = tr("%1: cannot read the contacts: %2")
                                    .arg(QFileInfo(m_db.path()).fileName(), page.error().message);
        qCWarning(lcContactList).noquote() << message;
        Q_EMIT errorOccurred(message);
        Q_EMIT pageLoaded();
        return;
    }
    // A short page is the end; so is reaching the count (saves one empty query).
    const qsizetype kept = replace ? 0 : m_rows.size();
    if (page->size() < m_batchSize || (m_totalCount >= 0 && kept + page->size() >= m_totalCount))
        m_atEnd = true;
    if (replace) {
        beginResetModel();
        m_rows = std::move(*page);
        endResetModel();
    } else if (!page->isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
        m_rows.append(std::move(*page));
        endInsertRows();
    }
    if (m_atEnd && m_totalCount != m_rows.size()) {
        ++m_countGeneration; // every row is here: no need to wait for the count
        setTotalCount(m_rows.size());
    }
    Q_EMIT pageLoaded();
}

void ContactListModel::reload()
{
    ++m_dataVersion; // a segment filter's members are looked up again
    reloadRows();
    startCount();
}

void ContactListModel::reloadRows()
{
    // The rows on screen stay until the first page of the new reading replaces them in one
    // reset: no flash of an empty list after every edit or sort.
    m_pages.startOver();
    m_atEnd = false;
    requestPage(true);
}

void ContactListModel::startCount()
{
    // Counting a million rows takes seconds on a cold cache: a worker does it on its own
    // connection while the first page is already on screen. Until it answers the count is
    // unknown (-1); a count overtaken by a newer reload is dropped.
    const quint64 generation = ++m_countGeneration;
    m_totalCount = -1; // not known until the worker (or a short first page) answers
    Q_EMIT totalCountChanged(-1);
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_countGeneration)
            return;
        const Result<qint64> count = watcher->result();
        if (count.ok()) {
            setTotalCount(*count);
        } else if (count.error().kind != ErrorKind::Cancelled) {
            Q_EMIT errorOccurred(tr("%1: cannot count the contacts: %2")
                                     .arg(QFileInfo(m_db.path()).fileName(), count.error().message));
        }
    });
    watcher->setFuture(Storage::runInBackground<qint64>(
        m_db.path(), Storage::makeCancelFlag(),
        [filter = m_filter](Storage::Database &db, const std::atomic<bool> &) {
            return ContactPageQuery::count(db, filter); // a new connection: the segment is read afresh
        }));
}

void ContactListModel::setTotalCount(qint64 count)
{
    if (count == m_totalCount)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ContactSortKey> keys = {
        {NameColumn, ContactSortKey::Reading}, {ReadingColumn, ContactSortKey::Reading},
        {EmailColumn, ContactSortKey::Email},  {PhoneColumn, ContactSortKey::Phone},
        {PrefectureColumn, ContactSortKey::Place}, {KindColumn, ContactSortKey::Kind},
        {StageColumn, ContactSortKey::Stage}};
    if (!keys.contains(column))
        return;
    const ContactListOrder wanted {keys.value(column), order};
    if (wanted.key == m_order.key && wanted.order == m_order.order)
        return;
    m_order = wanted;
    reloadRows(); // the same contacts in another order: the count stays
}

int ContactListModel::columnFor(ContactSortKey key)
{
    switch (key) {
    case ContactSortKey::Email:
        return EmailColumn;
    case ContactSortKey::Phone:
        return PhoneColumn;
    case ContactSortKey::Place:
        return PrefectureColumn;
    case ContactSortKey::Kind:
        return KindColumn;
    case ContactSortKey::Stage:
        return StageColumn;
    case ContactSortKey::Reading:
        break;
    }
    return NameColumn;
}

void ContactListModel::setFilter(const ContactListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reloadRows();
    startCount();
}

void ContactListModel::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

} // namespace Kizuna::Ui
