// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/contacts/contactpagequery.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The quick filters above the contact list: kind, lifecycle stage, owner, tag and prefecture.
class ContactFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactFilterBar(Storage::Database &db, QWidget *parent = nullptr);

    ContactListFilter filter() const;
    void setFilter(const ContactListFilter &filter);
    // Reads the owners and tags again (after an edit elsewhere).
    void reloadChoices();

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *tagBox() const { return m_tag; }
    QComboBox *prefectureBox() const { return m_prefecture; }

Q_SIGNALS:
    void filterChanged(const Kizuna::Ui::ContactListFilter &filter);

private:
    QComboBox *addBox(const QString &name, const QString &label);
    void fillFromQuery(QComboBox *box, const char *sql);

    Storage::Database &m_db;
    QComboBox *m_kind = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_prefecture = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace Kizuna::Ui
