// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QTreeWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class EditSession;
class RecordPage;

// The people of one company, as a tab of its page; double-click (or Return) opens a contact.
class CompanyContactsView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Limit = 2000;

    explicit CompanyContactsView(Storage::Database &db, QWidget *parent = nullptr);
    void setCompany(const QString &id);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void contactActivated(const QString &id);
    void errorOccurred(const QString &message);

private:
    Storage::Database &m_db;
    QTreeWidget *m_tree = nullptr;
};

// The page of one company: name and reading, the company form, the timeline across the company
// and all its contacts, its history, and its contacts.
RecordPage *makeCompanyPage(EditSession &session, QWidget *parent);

} // namespace Kizuna::Ui
