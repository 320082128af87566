// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/purchasehistoryview.h"

#include "core/sales/purchasehistoryquery.h"
#include "ui/common/editsession.h"
#include "ui/orders/orderentrydialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace {

QString money(double value, const QString &currency = {})
{
    if (!currency.isEmpty() && currency != u"JPY")
        return QLocale().toCurrencyString(value, currency + u' ', 2);
    return QLocale().toCurrencyString(value, QStringLiteral("¥"), 0);
}

QString day(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

PurchaseHistoryView::PurchaseHistoryView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_summaryLabel(new QLabel(this))
    , m_orders(new QTreeWidget(this))
    , m_more(new QPushButton(tr("&More orders"), this))
{
    setObjectName(QStringLiteral("purchaseHistory"));
    m_summaryLabel->setObjectName(QStringLiteral("purchaseSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_orders->setObjectName(QStringLiteral("purchaseOrders"));
    m_orders->setRootIsDecorated(false);
    m_orders->setUniformRowHeights(true);
    m_orders->setHeaderLabels({tr("Date"), tr("Order no."), tr("Contact"), tr("Channel"), tr("Lines"), tr("Total")});
    m_orders->header()->setStretchLastSection(false);
    m_orders->header()->setSectionResizeMode(ContactColumn, QHeaderView::Stretch);
    m_more->setObjectName(QStringLiteral("moreOrders"));
    m_more->hide();

    m_newOrder = new QPushButton(tr("&New order…"), this);
    m_newOrder->setObjectName(QStringLiteral("newOrder"));
    m_newOrder->setToolTip(tr("Enter a purchase of this contact by hand (Ctrl+Shift+O)"));
    m_newOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_newOrder->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newOrder);
    buttons->addStretch(1);
    buttons->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_orders, 1);
    layout->addLayout(buttons);

    connect(m_more, &QPushButton::clicked, this, &PurchaseHistoryView::fetchMore);
    connect(m_newOrder, &QPushButton::clicked, this, &PurchaseHistoryView::newOrder);
    connect(m_orders->verticalScrollBar(), &QScrollBar::valueChanged, this, &PurchaseHistoryView::onScrolled);
}

PurchaseHistoryView::PurchaseHistoryView(EditSession &session, QWidget *parent)
    : PurchaseHistoryView(session.database(), parent)
{
    m_session = &session;
    connect(&session, &EditSession::recordChanged, this, [this](const QString &entity, const QString &) {
        if (entity == u"order" || entity == u"order_line")
            reload();
    });
}

void PurchaseHistoryView::updateNewOrderButton()
{
    m_newOrder->setVisible(m_session && m_scope.kind == Sales::PurchaseScope::Kind::Contact && !m_scope.id.isEmpty());
}

OrderEntryDialog *PurchaseHistoryView::newOrder()
{
    if (!m_session || m_scope.kind != Sales::PurchaseScope::Kind::Contact || m_scope.id.isEmpty())
        return nullptr;
    auto *dialog = new OrderEntryDialog(*m_session, m_scope.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderEntryDialog::orderCreated, this, &PurchaseHistoryView::orderCreated);
    dialog->open();
    dialog->productBox()->setFocus();
    return dialog;
}

void PurchaseHistoryView::setContact(const QString &contactId)
{
    setScope(Sales::PurchaseScope::contact(contactId));
}

void PurchaseHistoryView::setCompany(const QString &companyId)
{
    setScope(Sales::PurchaseScope::company(companyId));
}

void PurchaseHistoryView::setScope(const Sales::PurchaseScope &scope)
{
    m_scope = scope;
    m_orders->setColumnHidden(ContactColumn, scope.kind == Sales::PurchaseScope::Kind::Contact);
    updateNewOrderButton();
    reload();
}

void PurchaseHistoryView::reload()
{
    m_summary = {};
    m_orders->clear();
    m_next = {};
    m_atEnd = true;
    if (!m_scope.id.isEmpty()) {
        auto summary = Sales::PurchaseHistoryQuery(m_db).summary(m_scope, 3);
        if (summary.ok())
            m_summary = *summary;
        else
            Q_EMIT errorOccurred(summary.error().message);
        m_atEnd = false;
        fetchMore();
    }
    m_summaryLabel->setText(summaryText());
    m_more->setVisible(!m_atEnd);
}

QString PurchaseHistoryView::summaryText() const
{
    if (m_scope.id.isEmpty())
        return {};
    if (m_summary.orders == 0)
        return tr("No purchases yet.");
    QStringList parts;
    parts << tr("Lifetime revenue %1").arg(money(m_summary.lifetimeRevenue))
          << tr("%n order(s)", nullptr, static_cast<int>(m_summary.orders))
          << tr("average order %1").arg(money(m_summary.averageOrderValue))
          << tr("first purchase %1").arg(day(m_summary.firstPurchase))
          << tr("last purchase %1").arg(day(m_summary.lastPurchase));
    QStringList categories;
    for (const Sales::CategoryRevenue &category : m_summary.favouriteCategories) {
        const QString name = category.category.isEmpty() ? tr("uncategorised") : category.category;
        categories << tr("%1 (%2)").arg(name, money(category.revenue));
    }
    if (!categories.isEmpty())
        parts << tr("favourite categories: %1").arg(categories.join(tr(", ")));
    return parts.join(QStringLiteral(" · "));
}

bool PurchaseHistoryView::fetchMore()
{
    if (m_atEnd || m_scope.id.isEmpty())
        return false;
    auto page = Sales::PurchaseHistoryQuery(m_db).orders(m_scope, m_next, PageSize);
    if (!page.ok()) {
        Q_EMIT errorOccurred(page.error().message);
        m_atEnd = true;
        m_more->hide();
        return false;
    }
    for (const Sales::OrderSummary &order : page->orders) {
        auto *item = new QTreeWidgetItem(m_orders);
        item->setData(DateColumn, Qt::UserRole, order.id);
        item->setText(DateColumn, day(order.orderedAt));
        item->setText(NumberColumn, order.orderNumber);
        item->setText(ContactColumn, order.contactName);
        item->setText(ChannelColumn, order.channel);
        item->setText(LinesColumn, QLocale().toString(order.lineCount));
        item->setText(TotalColumn, money(order.total, order.currency));
        item->setTextAlignment(LinesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_next = page->next;
    m_atEnd = page->atEnd;
    m_more->setVisible(!m_atEnd);
    return !page->orders.isEmpty();
}

void PurchaseHistoryView::onScrolled(int value)
{
    if (!m_atEnd && value >= m_orders->verticalScrollBar()->maximum() - 2)
        fetchMore();
}

} // namespace Kizuna::Ui
