// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QTreeWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// "Who changed what, when" for one record, from the change log: newest first, one line per
// changed field with the value before and after, times in local time. Reads through the UI
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
    QString valueText(const QString &field, const QVariant &value) const;

    Storage::Database &m_db;
    QTreeWidget *m_tree = nullptr;
    QString m_entity;
    QString m_id;
};

} // namespace Kizuna::Ui
