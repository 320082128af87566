// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {
struct ChangeEntry;
}

namespace Kizuna::Ui {

// "Who changed what, when" for one record, from the change log: newest first, one line per
// changed field with the value before and after, times in local time. Changes of the record's
// tags ("Tag added: VIP", "Tag removed: VIP") and custom field values (the field's label with
// the value before and after) are lines of its history too (Model::ChangeLog::recordHistory). Reads through the UI
// thread's connection (the change log is indexed by record, so this is a short read).
class RecordHistoryView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AuthorColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit RecordHistoryView(Storage::Database &db, QWidget *parent = nullptr);

    void setRecord(const QString &entity, const QString &id);
    // Reads the history again (after an edit).
    void reload();
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void describeOwnChange(const Model::ChangeEntry &entry, QTreeWidgetItem *item) const;
    void describeTagChange(const Model::ChangeEntry &entry, const QString &tagId, QTreeWidgetItem *item) const;
    void describeCustomFieldChange(const Model::ChangeEntry &entry, const QString &fieldId,
                                   QTreeWidgetItem *item) const;
    QString valueText(const QString &field, const QVariant &value) const;

    Storage::Database &m_db;
    QTreeWidget *m_tree = nullptr;
    QString m_entity;
    QString m_id;
};

} // namespace Kizuna::Ui
