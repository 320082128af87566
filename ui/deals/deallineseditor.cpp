// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/deallineseditor.h"

#include "core/sales/deallineservice.h"
#include "core/sales/productcatalogue.h"
#include "ui/common/editsession.h"
#include "ui/deals/undoablestep.h"
#include "ui/products/numberinput.h"
#include "ui/products/productlineinputs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace Kizuna::Ui {

namespace {

QString money(double value)
{
    return QLocale().toCurrencyString(value, QStringLiteral("¥"), 0);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

DealLinesEditor::DealLinesEditor(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_remove(new QPushButton(tr("&Remove line"), this))
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("dealLines"));
    m_table->setObjectName(QStringLiteral("dealLinesTable"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount %"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_remove->setObjectName(QStringLiteral("removeDealLine"));
    m_total->setObjectName(QStringLiteral("dealLinesTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    QHBoxLayout *addRow = buildAddRow();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_remove);
    bottom->addStretch(1);
    bottom->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_table, &QTableWidget::itemChanged, this, &DealLinesEditor::cellEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DealLinesEditor::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &DealLinesEditor::removeSelectedLine);
    connect(&m_session, &EditSession::recordChanged, this, [this](const QString &entity, const QString &id) {
        if (entity == u"product")
            loadProducts();
        else if (entity == u"deal" && id == m_dealId)
            reload();
    });
    loadProducts();
    updateButtons();
}

QHBoxLayout *DealLinesEditor::buildAddRow()
{
    const ProductLineInputs inputs = ProductLineInputs::create(this, QStringLiteral("line"), 0.0);
    m_product = inputs.product;
    m_quantity = inputs.quantity;
    m_unitPrice = inputs.unitPrice;
    m_discount = inputs.discount;
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("linePreview"));
    m_add = new QPushButton(tr("&Add line"), this);
    m_add->setObjectName(QStringLiteral("addDealLine"));

    auto *row = new QHBoxLayout;
    inputs.addTo(row, this);
    row->addWidget(m_preview);
    row->addWidget(m_add);

    connect(m_product, &QComboBox::currentIndexChanged, this, &DealLinesEditor::updatePreview);
    connect(m_product, &QComboBox::editTextChanged, this, &DealLinesEditor::updatePreview);
    connect(m_quantity, &QDoubleSpinBox::valueChanged, this, &DealLinesEditor::updatePreview);
    connect(m_discount, &QDoubleSpinBox::valueChanged, this, &DealLinesEditor::updatePreview);
    connect(m_unitPrice, &QLineEdit::textChanged, this, &DealLinesEditor::updatePreview);
    connect(m_unitPrice, &QLineEdit::returnPressed, this, &DealLinesEditor::addLine);
    connect(m_add, &QPushButton::clicked, this, &DealLinesEditor::addLine);
    return row;
}

void DealLinesEditor::loadProducts()
{
    Sales::ProductFilter filter;
    filter.activeOnly = true;
    auto products = Sales::ProductCatalogue(m_session.store()).products(filter);
    if (!products.ok()) {
        Q_EMIT errorOccurred(products.error().message);
        return;
    }
    m_products = *products;
    ProductLineInputs {m_product, m_quantity, m_unitPrice, m_discount}.setProducts(m_products);
    updatePreview();
}

const Sales::Product *DealLinesEditor::chosenProduct() const
{
    // The typed text must name a product of the list (the completer fills it in).
    const int index = m_product->findText(m_product->currentText().trimmed());
    if (index < 0)
        return nullptr;
    const QString id = m_product->itemData(index).toString();
    for (const Sales::Product &product : m_products) {
        if (product.id == id)
            return &product;
    }
    return nullptr;
}

void DealLinesEditor::updatePreview()
{
    const Sales::Product *product = chosenProduct();
    std::optional<double> price = m_unitPrice->text().trimmed().isEmpty()
                                      ? (product ? std::optional<double>(product->unitPrice) : std::nullopt)
                                      : NumberInput::parse(m_unitPrice->text());
    if (product && m_unitPrice->text().trimmed().isEmpty())
        m_unitPrice->setPlaceholderText(tr("catalogue: %1").arg(money(product->unitPrice)));
    if (!product || !price) {
        m_preview->setText(product ? tr("price?") : QString());
        m_add->setEnabled(false);
        return;
    }
    Sales::DealLine line;
    line.quantity = m_quantity->value();
    line.unitPrice = *price;
    line.discount = m_discount->value() / 100.0;
    m_preview->setText(u"= " + money(line.amount()));
    m_add->setEnabled(m_editable && !m_dealId.isEmpty());
}

void DealLinesEditor::setDeal(const QString &dealId, bool editable)
{
    m_dealId = dealId;
    m_editable = editable;
    reload();
}

void DealLinesEditor::reload()
{
    m_lines.clear();
    if (!m_dealId.isEmpty()) {
        auto lines = Sales::DealLineService(m_session.store()).lines(m_dealId);
        if (!lines.ok())
            Q_EMIT errorOccurred(lines.error().message);
        else
            m_lines = *lines;
    }
    fillTable();
    updatePreview();
    updateButtons();
}

void DealLinesEditor::fillTable()
{
    m_filling = true;
    const int selected = m_table->currentRow();
    m_table->setRowCount(static_cast<int>(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const Sales::DealLine &line = m_lines.at(row);
        const QString product = line.productName.isEmpty() ? line.description
                                : line.sku.isEmpty()       ? line.productName
                                                           : line.sku + u" · " + line.productName;
        const QStringList texts = {product, number(line.quantity), number(line.unitPrice),
                                   number(line.discount * 100.0), money(line.amount())};
        for (int column = 0; column < ColumnCount; ++column) {
            // Items are reused: a cell edit refreshes the table from inside its own signal.
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts.at(column));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            const bool editableColumn = column == QuantityColumn || column == UnitPriceColumn
                                        || column == DiscountColumn;
            if (m_editable && editableColumn)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            if (column != ProductColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    const double total = Sales::dealLinesTotal(m_lines);
    m_total->setText(m_lines.isEmpty() ? tr("No line items: the deal keeps the amount typed in")
                                       : tr("Total %1").arg(money(total)));
    m_filling = false;
}

void DealLinesEditor::cellEdited(QTableWidgetItem *item)
{
    if (m_filling || item->row() >= m_lines.size())
        return;
    const Sales::DealLine line = m_lines.at(item->row());
    const std::optional<double> value = NumberInput::parse(item->text());
    if (!value) {
        Q_EMIT errorOccurred(tr("Line %1: “%2” is not a number").arg(item->row() + 1).arg(item->text()));
        fillTable();
        return;
    }
    Sales::DealLineInput input;
    input.productId = line.productId;
    input.description = line.description;
    input.quantity = item->column() == QuantityColumn ? *value : line.quantity;
    input.unitPrice = item->column() == UnitPriceColumn ? *value : line.unitPrice;
    input.discount = item->column() == DiscountColumn ? *value / 100.0 : line.discount;
    auto service = std::make_shared<Sales::DealLineService>(m_session.store());
    const QString name = line.productName.isEmpty() ? line.description : line.productName;
    auto edit = performRecorded<Sales::DealLineEdit>(
        m_session, tr("Edit line “%1”").arg(name), QStringLiteral("deal"), m_dealId,
        [service, id = line.id, input] { return service->update(id, input); },
        [service](const Sales::DealLineEdit &done) { return service->redo(done); },
        [service](const Sales::DealLineEdit &done) { return service->undo(done); });
    if (!edit.ok()) {
        Q_EMIT errorOccurred(edit.error().message);
        reload(); // show what is stored
    }
}

bool DealLinesEditor::addLine()
{
    const Sales::Product *product = chosenProduct();
    if (!product || m_dealId.isEmpty() || !m_editable)
        return false;
    Sales::DealLineInput input;
    input.productId = product->id;
    input.quantity = m_quantity->value();
    if (!m_unitPrice->text().trimmed().isEmpty()) {
        input.unitPrice = NumberInput::parse(m_unitPrice->text());
        if (!input.unitPrice) {
            Q_EMIT errorOccurred(tr("Unit price: “%1” is not a number").arg(m_unitPrice->text()));
            return false;
        }
    }
    input.discount = m_discount->value() / 100.0;
    auto service = std::make_shared<Sales::DealLineService>(m_session.store());
    auto edit = performRecorded<Sales::DealLineEdit>(
        m_session, tr("Add line “%1”").arg(product->name), QStringLiteral("deal"), m_dealId,
        [service, dealId = m_dealId, input] { return service->add(dealId, input); },
        [service](const Sales::DealLineEdit &done) { return service->redo(done); },
        [service](const Sales::DealLineEdit &done) { return service->undo(done); });
    if (!edit.ok()) {
        Q_EMIT errorOccurred(edit.error().message);
        return false;
    }
    m_quantity->setValue(1.0);
    m_unitPrice->clear();
    m_discount->setValue(0.0);
    Q_EMIT statusMessage(tr("Line added; the deal amount is now %1").arg(money(edit->amountAfter)));
    return true;
}

bool DealLinesEditor::removeSelectedLine()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size() || !m_editable)
        return false;
    const Sales::DealLine line = m_lines.at(row);
    auto service = std::make_shared<Sales::DealLineService>(m_session.store());
    const QString name = line.productName.isEmpty() ? line.description : line.productName;
    auto edit = performRecorded<Sales::DealLineEdit>(
        m_session, tr("Remove line “%1”").arg(name), QStringLiteral("deal"), m_dealId,
        [service, id = line.id] { return service->remove(id); },
        [service](const Sales::DealLineEdit &done) { return service->redo(done); },
        [service](const Sales::DealLineEdit &done) { return service->undo(done); });
    if (!edit.ok()) {
        Q_EMIT errorOccurred(edit.error().message);
        return false;
    }
    return true;
}

void DealLinesEditor::updateButtons()
{
    m_remove->setEnabled(m_editable && m_table->currentRow() >= 0 && !m_lines.isEmpty());
    for (QWidget *widget : {static_cast<QWidget *>(m_product), static_cast<QWidget *>(m_quantity),
                            static_cast<QWidget *>(m_unitPrice), static_cast<QWidget *>(m_discount)})
        widget->setEnabled(m_editable);
}

} // namespace Kizuna::Ui
