// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/tasktreemodel.h"

#include "core/model/taskrecurrence.h"
#include "core/storage/clock.h"
#include "ui/tasks/taskroles.h"

#include "core/storage/backgroundjob.h"
#include "core/storage/database.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QLocale>

namespace Kizuna::Ui {

using Model::TaskBucket;

namespace {

constexpr quintptr SectionId = 0;

QColor overdueColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace

TaskTreeModel::TaskTreeModel(Storage::Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{
    reload();
}

void TaskTreeModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reload();
}

void TaskTreeModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_sections.clear(); // a fresh first page for the other lists
    reload();
}

QDateTime TaskTreeModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString TaskTreeModel::sectionTitle(TaskBucket bucket)
{
    switch (bucket) {
    case TaskBucket::Overdue:
        return tr("Overdue");
    case TaskBucket::Today:
        return tr("Today");
    case TaskBucket::Upcoming:
        return tr("Upcoming");
    case TaskBucket::Undated:
        return tr("No date");
    case TaskBucket::Done:
        return tr("Done in the last %n day(s)", nullptr, Model::TaskQuery::DoneDays);
    }
    return {};
}

bool TaskTreeModel::load(Section &section, int limit)
{
    const Model::TaskQuery query(m_db, m_now, m_day);
    auto tasks = query.page(section.bucket, nullptr, limit);
    if (!tasks.ok()) {
        Q_EMIT errorOccurred(tasks.error().message);
        section.tasks.clear();
        section.atEnd = true;
        return false;
    }
    section.tasks = *tasks;
    section.atEnd = section.tasks.size() < limit;
    section.count = section.tasks.size();
    section.counting = !section.atEnd; // counted after the reset, off the UI thread
    return true;
}

void TaskTreeModel::countInBackground(TaskBucket bucket)
{
    const QDateTime now = m_now;
    const Model::TaskDay day = m_day;
    auto count = [now, day, bucket](Storage::Database &db, const std::atomic<bool> &) {
        return Model::TaskQuery(db, now, day).count(bucket, CountCap);
    };
    const QString path = m_db.path();
    if (path.isEmpty() || path == u":memory:") { // no second connection possible: count here
        auto counted = count(m_db, std::atomic<bool>(false));
        setCount(bucket, counted.ok() ? *counted : -1);
        return;
    }
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, bucket, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Result<qint64> counted = watcher->result();
        setCount(bucket, counted.ok() ? *counted : -1);
    });
    watcher->setFuture(Storage::runInBackground<qint64>(path, Storage::makeCancelFlag(), count));
}

void TaskTreeModel::setCount(TaskBucket bucket, qint64 count)
{
    for (int row = 0; row < m_sections.size(); ++row) {
        Section &section = m_sections[row];
        if (section.bucket != bucket || !section.counting)
            continue;
        section.counting = false;
        if (count >= 0)
            section.count = std::max<qint64>(count, section.tasks.size());
        const QModelIndex index = createIndex(row, TitleColumn, SectionId);
        Q_EMIT dataChanged(index, index);
    }
}

void TaskTreeModel::reload()
{
    m_now = now();
    m_day = Model::TaskDay::of(m_now);
    const QList<TaskBucket> buckets = m_mode == Mode::Open
        ? QList<TaskBucket> {TaskBucket::Overdue, TaskBucket::Today, TaskBucket::Upcoming, TaskBucket::Undated}
        : QList<TaskBucket> {TaskBucket::Done};
    QList<Section> sections;
    for (TaskBucket bucket : buckets) {
        Section section {bucket, {}, 0, true};
        int loaded = 0;
        for (const Section &old : std::as_const(m_sections)) {
            if (old.bucket == bucket)
                loaded = static_cast<int>(old.tasks.size());
        }
        load(section, std::max(PageSize, loaded));
        sections << section;
    }
    beginResetModel();
    m_sections = sections;
    ++m_generation;
    endResetModel();
    for (const Section &section : std::as_const(m_sections)) {
        if (section.counting)
            countInBackground(section.bucket);
    }
}

QModelIndex TaskTreeModel::sectionIndex(TaskBucket bucket) const
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).bucket == bucket)
            return createIndex(row, 0, SectionId);
    }
    return {};
}

QList<Model::Task> TaskTreeModel::tasks(TaskBucket bucket) const
{
    for (const Section &section : m_sections) {
        if (section.bucket == bucket)
            return section.tasks;
    }
    return {};
}

QModelIndex TaskTreeModel::indexOf(const QString &taskId, int column) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<Model::Task> &tasks = m_sections.at(s).tasks;
        for (int row = 0; row < tasks.size(); ++row) {
            if (tasks.at(row).id == taskId)
                return createIndex(row, column, quintptr(s + 1));
        }
    }
    return {};
}

const Model::Task *TaskTreeModel::task(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == SectionId)
        return nullptr;
    const Section &section = m_sections.at(int(index.internalId() - 1));
    return index.row() < section.tasks.size() ? &section.tasks.at(index.row()) : nullptr;
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, SectionId) : QModelIndex();
    if (parent.internalId() != SectionId || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).tasks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionId);
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_sections.size());
    if (parent.internalId() != SectionId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_sections.at(parent.row()).tasks.size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == SectionId)
        return sectionData(m_sections.at(index.row()), index.column(), role);
    const Section &section = m_sections.at(int(index.internalId() - 1));
    if (index.row() >= section.tasks.size())
        return {};
    return taskData(section, section.tasks.at(index.row()), index.column(), role);
}

QVariant TaskTreeModel::sectionData(const Section &section, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column != TitleColumn)
            return {};
        if (section.counting || (section.count >= CountCap && !section.atEnd))
            return QStringLiteral("%1 (%2+)").arg(sectionTitle(section.bucket), QLocale().toString(section.count));
        return QStringLiteral("%1 (%2)").arg(sectionTitle(section.bucket), QLocale().toString(section.count));
    case Qt::ForegroundRole:
        return section.bucket == TaskBucket::Overdue && section.count > 0 ? QBrush(overdueColor()) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case TaskBucketRole:
        return int(section.bucket);
    case TaskIsSectionRole:
        return true;
    case TaskIdRole:
        return QString();
    default:
        return {};
    }
}

QString TaskTreeModel::dueText(const Model::Task &task, TaskBucket bucket) const
{
    const QLocale locale;
    if (bucket == TaskBucket::Done) {
        const QDateTime done = Storage::fromStoredTimestamp(task.doneAt).toLocalTime();
        return locale.toString(done, QLocale::ShortFormat);
    }
    if (!task.hasDue())
        return {};
    const QDateTime due = task.due().toTimeZone(m_day.zone);
    if (bucket == TaskBucket::Today)
        return locale.toString(due.time(), QLocale::ShortFormat);
    return locale.toString(due, QLocale::ShortFormat);
}

QVariant TaskTreeModel::taskData(const Section &section, const Model::Task &task, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return task.title;
        case DueColumn:
            return dueText(task, section.bucket);
        case RelatedColumn:
            return task.relatedText();
        case RepeatColumn: {
            auto rule = Model::Recurrence::parse(task.recurrence);
            return rule.ok() ? (rule->isNone() ? QString() : rule->describe()) : task.recurrence;
        }
        }
        return {};
    case Qt::CheckStateRole:
        if (column == TitleColumn)
            return task.isDone() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return task.notes.isEmpty() ? QVariant() : QVariant(task.notes);
    case Qt::ForegroundRole:
        if (section.bucket == TaskBucket::Overdue && column == DueColumn)
            return QBrush(overdueColor());
        return {};
    case Qt::FontRole:
        if (task.isDone() && column == TitleColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case TaskIdRole:
        return task.id;
    case TaskBucketRole:
        return int(section.bucket);
    case TaskDueRole:
        return task.hasDue() ? task.due().toLocalTime() : QDateTime();
    case TaskIsSectionRole:
        return false;
    default:
        return {};
    }
}

bool TaskTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Model::Task *task = this->task(index);
    if (!task || role != Qt::CheckStateRole || index.column() != TitleColumn)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done == task->isDone())
        return false;
    Q_EMIT doneToggled(task->id, done); // the edit session writes it; recordChanged reloads
    return true;
}

Qt::ItemFlags TaskTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == SectionId)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case DueColumn:
        return m_mode == Mode::Done ? tr("Done") : tr("Due");
    case RelatedColumn:
        return tr("Contact / deal");
    case RepeatColumn:
        return tr("Repeats");
    }
    return {};
}

bool TaskTreeModel::hasMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != SectionId || parent.row() >= m_sections.size())
        return false;
    return !m_sections.at(parent.row()).atEnd;
}

void TaskTreeModel::loadMore(const QModelIndex &parent)
{
    if (!hasMore(parent))
        return;
    Section &section = m_sections[parent.row()];
    const Model::TaskQuery query(m_db, m_now, m_day);
    const Model::Task last = section.tasks.constLast();
    auto more = query.page(section.bucket, &last, PageSize);
    if (!more.ok()) {
        section.atEnd = true;
        Q_EMIT errorOccurred(more.error().message);
        return;
    }
    section.atEnd = more->size() < PageSize;
    if (more->isEmpty())
        return;
    const int first = static_cast<int>(section.tasks.size());
    beginInsertRows(parent.siblingAtColumn(0), first, first + static_cast<int>(more->size()) - 1);
    section.tasks += *more;
    endInsertRows();
}

} // namespace Kizuna::Ui
