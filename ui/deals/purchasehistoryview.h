// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/purchasehistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class EditSession;
class OrderEntryDialog;

// The purchase history of a contact or a company (the orders of its contacts): one summary line
// — lifetime revenue, orders, average order value, first and last purchase, favourite
// categories — and the orders, newest first, read a page at a time (keyset on the order time)
// as the list is scrolled or "More orders" is pressed. Made with the edit session, a contact's
// history has a "New order…" button (Ctrl+Shift+O) that opens manual order entry; the view reads
// itself again whenever an order is entered, undone or redone.
class PurchaseHistoryView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { DateColumn, NumberColumn, ContactColumn, ChannelColumn, LinesColumn, TotalColumn, ColumnCount };
    static constexpr int PageSize = 50;

    // Read-only.
    explicit PurchaseHistoryView(Storage::Database &db, QWidget *parent = nullptr);
    // With order entry for contacts.
    explicit PurchaseHistoryView(EditSession &session, QWidget *parent = nullptr);

    void setContact(const QString &contactId);
    void setCompany(const QString &companyId);
    void setScope(const Sales::PurchaseScope &scope);
    // Reads the summary and the first page again (after an order was entered or imported).
    void reload();
    // Reads the next page of orders; false at the end.
    bool fetchMore();

    const Sales::PurchaseSummary &summary() const { return m_summary; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QTreeWidget *orderList() const { return m_orders; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *newOrderButton() const { return m_newOrder; }

    // Opens order entry for the contact shown (window-modal, deleted when closed); nullptr
    // without an edit session or for a company.
    OrderEntryDialog *newOrder();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // An order was entered here (the view has already read itself again).
    void orderCreated(const QString &orderId);

private:
    void updateNewOrderButton();
    QString summaryText() const;
    void onScrolled(int value);

    Storage::Database &m_db;
    EditSession *m_session = nullptr;
    Sales::PurchaseScope m_scope;
    Sales::PurchaseSummary m_summary;
    Sales::OrderCursor m_next;
    bool m_atEnd = true;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_orders = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_newOrder = nullptr;
};

} // namespace Kizuna::Ui
