// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/trash/trashquery.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Kizuna::Ui {

class EditSession;

// The Trash: contacts, companies and deals that were deleted, newest first. Restore puts them
// back (undoable); Delete for good removes them after a confirmation. The list is read on a
// worker thread whenever the Trash is shown or something is deleted or restored.
class TrashView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Limit = 1000;

    explicit TrashView(EditSession &session, QWidget *parent = nullptr);

    // Reads the Trash again (asynchronously; loaded() when done).
    void reload();
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *restoreButton() const { return m_restore; }
    const QList<TrashItem> &items() const { return m_items; }

    void restoreSelected();
    void purgeSelected();

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const QList<TrashItem> &items);
    QList<TrashItem> selectedItems() const;
    void updateButtons();

    EditSession &m_session;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
    QList<TrashItem> m_items;
    quint64 m_generation = 0;
};

} // namespace Kizuna::Ui
