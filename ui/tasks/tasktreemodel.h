// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"
#include "core/model/taskquery.h"
#include "ui/tasks/taskcommands.h"

#include <QAbstractItemModel>
#include <QList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The task lists as a two-level tree: section rows (Overdue, Today, Upcoming, No date — or Done
// alone when showing done tasks) with their tasks as children, each section filled in keyset
// pages as the view scrolls (hasMore/loadMore on the section: not canFetchMore/fetchMore, which
// QTreeView calls on every layout of an expanded node and would read pages nobody looks at). A section with more than a
// page is counted (up to CountCap) off the UI thread; its title says "100+" until then. The
// check box of the title
// column is "done": toggling it asks for the change through doneToggled() (the view sends it
// through the edit session) instead of writing it here.
class TaskTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DueColumn, RelatedColumn, RepeatColumn, ColumnCount };
    enum class Mode { Open, Done };
    static constexpr int PageSize = 100;
    // Sections count their tasks up to this many ("1000+").
    static constexpr qint64 CountCap = 1000;

    explicit TaskTreeModel(Storage::Database &db, QObject *parent = nullptr);

    void setClock(Clock clock);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Reads every section again, keeping as many tasks as were loaded (after an edit).
    void reload();
    // The local day the lists were read for.
    const Model::TaskDay &day() const { return m_day; }

    QModelIndex sectionIndex(Model::TaskBucket bucket) const;
    // The tasks loaded in a section (empty if the section is not shown).
    QList<Model::Task> tasks(Model::TaskBucket bucket) const;
    QModelIndex indexOf(const QString &taskId, int column = TitleColumn) const;
    // The task of a row; nullptr on a section row.
    const Model::Task *task(const QModelIndex &index) const;
    // A section's title with its count: "Overdue (3)".
    static QString sectionTitle(Model::TaskBucket bucket);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Whether a section has tasks beyond those loaded; loadMore() reads the next page.
    bool hasMore(const QModelIndex &section) const;
    void loadMore(const QModelIndex &section);

Q_SIGNALS:
    void doneToggled(const QString &taskId, bool done);
    void errorOccurred(const QString &message);

private:
    struct Section
    {
        Model::TaskBucket bucket;
        QList<Model::Task> tasks;
        qint64 count = 0;
        bool atEnd = true;
        bool counting = false; // the count is on its way from a worker
    };

    QDateTime now() const;
    bool load(Section &section, int limit);
    void countInBackground(Model::TaskBucket bucket);
    void setCount(Model::TaskBucket bucket, qint64 count);
    QVariant sectionData(const Section &section, int column, int role) const;
    QVariant taskData(const Section &section, const Model::Task &task, int column, int role) const;
    QString dueText(const Model::Task &task, Model::TaskBucket bucket) const;

    Storage::Database &m_db;
    Clock m_clock;
    Mode m_mode = Mode::Open;
    Model::TaskDay m_day;
    QDateTime m_now;
    QList<Section> m_sections;
    int m_generation = 0; // counts of an older reload are dropped
};

} // namespace Kizuna::Ui
