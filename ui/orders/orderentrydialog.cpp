// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderentrydialog.h"

#include "core/model/personname.h"
#include "core/sales/orderservice.h"
#include "core/sales/productcatalogue.h"
#include "ui/common/displayformat.h"
#include "ui/common/editsession.h"
#include "ui/common/recordlookup.h"
#include "ui/deals/undoablestep.h"
#include "ui/products/numberinput.h"
#include "ui/products/productlineinputs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Kizuna::Ui {

namespace {

double roundMoney(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

} // namespace

double OrderEntryDialog::Line::amount() const
{
    return quantity * roundMoney(unitPrice * (1.0 - discount));
}

OrderEntryDialog::OrderEntryDialog(EditSession &session, const QString &contactId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_contactId(contactId)
    , m_contact(new QLabel(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_channel(new QComboBox(this))
    , m_removeLine(new QPushButton(tr("&Remove line"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_total(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("orderEntryDialog"));
    const QStringList name = RecordLookup::row(session.database(),
                                               "SELECT family_name, given_name FROM contacts WHERE id = ?1", contactId);
    const QString who = Model::displayName(name.value(0), name.value(1));
    setWindowTitle(tr("New order for %1").arg(who));
    m_contact->setObjectName(QStringLiteral("orderContact"));
    m_contact->setText(who);
    m_date->setObjectName(QStringLiteral("orderDate"));
    m_date->setCalendarPopup(true);
    m_channel->setObjectName(QStringLiteral("orderChannel"));
    m_channel->setEditable(true);
    m_channel->addItems({QStringLiteral("store"), QStringLiteral("online"), QStringLiteral("phone"),
                         QStringLiteral("line"), QStringLiteral("event")});
    m_table->setObjectName(QStringLiteral("orderLines"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount %"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_removeLine->setObjectName(QStringLiteral("removeOrderLine"));
    m_removeLine->setAutoDefault(false);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_error->setObjectName(QStringLiteral("orderError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setAutoDefault(false);
    save->setToolTip(tr("Save the order (Ctrl+Return)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Customer:"), m_contact);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("C&hannel:"), m_channel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_removeLine);
    bottom->addStretch(1);
    bottom->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildAddRow());
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(760, 460);

    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &OrderEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderEntryDialog::reject);
    connect(m_removeLine, &QPushButton::clicked, this, &OrderEntryDialog::removeSelectedLine);
    connect(m_table, &QTableWidget::itemChanged, this, &OrderEntryDialog::cellEdited);
    loadProducts();
    updateTotal();
}

QWidget *OrderEntryDialog::buildAddRow()
{
    auto *row = new QWidget(this);
    const ProductLineInputs inputs = ProductLineInputs::create(row, QStringLiteral("order"), 0.01);
    m_product = inputs.product;
    m_quantity = inputs.quantity;
    m_unitPrice = inputs.unitPrice;
    m_discount = inputs.discount;
    m_addLine = new QPushButton(tr("&Add line"), row);
    m_addLine->setObjectName(QStringLiteral("addOrderLine"));
    m_addLine->setDefault(true); // Return in the add row adds the line; saving is Ctrl+Return

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    inputs.addTo(layout, row);
    layout->addWidget(m_addLine);
    connect(m_product, &QComboBox::currentIndexChanged, this, &OrderEntryDialog::productChosen);
    // As soon as the text names one product (a SKU or name typed, a completion picked).
    connect(m_product, &QComboBox::editTextChanged, this, &OrderEntryDialog::productChosen);
    connect(m_addLine, &QPushButton::clicked, this, &OrderEntryDialog::addLine);
    return row;
}

ProductLineInputs OrderEntryDialog::productInputs() const
{
    return {m_product, m_quantity, m_unitPrice, m_discount};
}

void OrderEntryDialog::loadProducts()
{
    Sales::ProductFilter filter;
    filter.activeOnly = true;
    auto products = Sales::ProductCatalogue(m_session.store()).products(filter);
    if (!products.ok()) {
        showError(products.error().message);
        return;
    }
    m_products = *products;
    productInputs().setProducts(m_products);
}

const Sales::Product *OrderEntryDialog::chosenProduct() const
{
    // The label as the completer fills it in, else a SKU or name typed in full, else the one
    // product whose SKU or name contains the text.
    const QString text = m_product->currentText().trimmed();
    if (text.isEmpty())
        return nullptr;
    const Sales::Product *contains = nullptr;
    int containsCount = 0;
    for (const Sales::Product &product : m_products) {
        if (productLabel(product) == text || product.sku.compare(text, Qt::CaseInsensitive) == 0
            || product.name.compare(text, Qt::CaseInsensitive) == 0)
            return &product;
        if (product.sku.contains(text, Qt::CaseInsensitive) || product.name.contains(text, Qt::CaseInsensitive)) {
            contains = &product;
            ++containsCount;
        }
    }
    return containsCount == 1 ? contains : nullptr;
}

void OrderEntryDialog::productChosen()
{
    const Sales::Product *product = chosenProduct();
    if (!product)
        return;
    // The catalogue price, which the user may overwrite: a price typed in is kept.
    const QString typed = m_unitPrice->text().trimmed();
    if (!typed.isEmpty() && typed != m_autoPrice)
        return;
    m_autoPrice = NumberInput::toText(product->unitPrice);
    m_unitPrice->setText(m_autoPrice);
}

bool OrderEntryDialog::addLine()
{
    const Sales::Product *product = chosenProduct();
    if (!product) {
        showError(m_product->currentText().trimmed().isEmpty()
                      ? tr("Product: choose a product of the catalogue by SKU or name")
                      : tr("Product: no single active product matches “%1”").arg(m_product->currentText()));
        m_product->setFocus();
        return false;
    }
    Line line;
    line.productId = product->id;
    line.label = productLabel(*product);
    line.quantity = m_quantity->value();
    line.unitPrice = product->unitPrice;
    if (!m_unitPrice->text().trimmed().isEmpty()) {
        const std::optional<double> price = NumberInput::parse(m_unitPrice->text());
        if (!price || *price < 0.0) {
            showError(tr("Unit price: “%1” is not a number of 0 or more").arg(m_unitPrice->text()));
            m_unitPrice->setFocus();
            return false;
        }
        line.unitPrice = *price;
    }
    line.discount = m_discount->value() / 100.0;
    m_lines.append(line);
    fillTable();
    m_error->hide();
    productInputs().clear();
    m_autoPrice.clear();
    m_product->setFocus();
    return true;
}

bool OrderEntryDialog::removeSelectedLine()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size())
        return false;
    m_lines.removeAt(row);
    fillTable();
    return true;
}

void OrderEntryDialog::fillTable()
{
    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line &line = m_lines.at(row);
        const QStringList texts = {line.label, NumberInput::toText(line.quantity), NumberInput::toText(line.unitPrice),
                                   NumberInput::toText(line.discount * 100.0), DisplayFormat::money(line.amount())};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts.at(column));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (column == QuantityColumn || column == UnitPriceColumn || column == DiscountColumn)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            if (column != ProductColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_filling = false;
    updateTotal();
}

void OrderEntryDialog::cellEdited(QTableWidgetItem *item)
{
    if (m_filling || item->row() >= m_lines.size())
        return;
    Line &line = m_lines[item->row()];
    const std::optional<double> value = NumberInput::parse(item->text());
    const bool valid = value && (item->column() == QuantityColumn   ? *value > 0.0
                                 : item->column() == DiscountColumn ? *value >= 0.0 && *value <= 100.0
                                                                    : *value >= 0.0);
    if (!valid) {
        const QString field = m_table->horizontalHeaderItem(item->column())->text();
        showError(tr("Line %1, %2: “%3” is not acceptable").arg(item->row() + 1).arg(field, item->text()));
    } else if (item->column() == QuantityColumn) {
        line.quantity = *value;
    } else if (item->column() == UnitPriceColumn) {
        line.unitPrice = *value;
    } else if (item->column() == DiscountColumn) {
        line.discount = *value / 100.0;
    }
    fillTable(); // shows what is kept, the new amount and total
}

double OrderEntryDialog::total() const
{
    double sum = 0.0;
    for (const Line &line : m_lines)
        sum += line.amount();
    return roundMoney(sum);
}

void OrderEntryDialog::updateTotal()
{
    m_total->setText(tr("Total %1").arg(DisplayFormat::money(total())));
    m_removeLine->setEnabled(!m_lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_lines.isEmpty());
}

void OrderEntryDialog::accept()
{
    if (!m_orderId.isEmpty())
        return;
    if (m_lines.isEmpty()) {
        showError(tr("Lines: add at least one product"));
        return;
    }
    Sales::OrderInput input;
    input.contactId = m_contactId;
    const QDate day = m_date->date();
    input.orderedAt = day == QDate::currentDate() ? QDateTime::currentDateTime() : QDateTime(day, QTime(12, 0));
    input.channel = m_channel->currentText().trimmed();
    for (const Line &line : std::as_const(m_lines))
        input.lines.append({line.productId, line.quantity, line.unitPrice, line.discount});
    auto service = std::make_shared<Sales::OrderService>(m_session.store());
    auto created = performRecorded<Sales::OrderCreation>(
        m_session, tr("Enter order of %1 for %2").arg(DisplayFormat::money(total()), m_contact->text()),
        QStringLiteral("order"), QString(), [service, input] { return service->createRecorded(input); },
        [service](const Sales::OrderCreation &done) { return service->redoCreate(done); },
        [service](const Sales::OrderCreation &done) { return service->undoCreate(done); });
    if (!created.ok()) {
        showError(created.error().message);
        return;
    }
    m_orderId = created->orderId;
    Q_EMIT orderCreated(m_orderId);
    QDialog::accept();
}

void OrderEntryDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Kizuna::Ui
