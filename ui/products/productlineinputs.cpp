// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/productlineinputs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace Kizuna::Ui {

QString productLabel(const Sales::Product &product)
{
    return product.sku.isEmpty() ? product.name : product.sku + u" · " + product.name;
}

ProductLineInputs ProductLineInputs::create(QWidget *parent, const QString &objectNamePrefix, double minimumQuantity)
{
    ProductLineInputs inputs;
    inputs.product = new QComboBox(parent);
    inputs.product->setObjectName(objectNamePrefix + u"Product");
    inputs.product->setEditable(true);
    inputs.product->setInsertPolicy(QComboBox::NoInsert);
    inputs.product->completer()->setFilterMode(Qt::MatchContains);
    inputs.product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    inputs.product->setMinimumContentsLength(24);
    inputs.product->lineEdit()->setPlaceholderText(tr("SKU or name"));
    inputs.quantity = new QDoubleSpinBox(parent);
    inputs.quantity->setObjectName(objectNamePrefix + u"Quantity");
    inputs.quantity->setRange(minimumQuantity, 1e9);
    inputs.quantity->setDecimals(2);
    inputs.quantity->setValue(1.0);
    inputs.unitPrice = new QLineEdit(parent);
    inputs.unitPrice->setObjectName(objectNamePrefix + u"UnitPrice");
    inputs.unitPrice->setPlaceholderText(tr("catalogue price"));
    inputs.discount = new QDoubleSpinBox(parent);
    inputs.discount->setObjectName(objectNamePrefix + u"Discount");
    inputs.discount->setRange(0.0, 100.0);
    inputs.discount->setSuffix(QStringLiteral(" %"));
    return inputs;
}

void ProductLineInputs::addTo(QHBoxLayout *layout, QWidget *parent) const
{
    auto *label = new QLabel(tr("&Product:"), parent);
    label->setBuddy(product);
    layout->addWidget(label);
    layout->addWidget(product, 1);
    layout->addWidget(new QLabel(QStringLiteral("×"), parent));
    layout->addWidget(quantity);
    layout->addWidget(new QLabel(tr("at"), parent));
    layout->addWidget(unitPrice);
    layout->addWidget(new QLabel(tr("less"), parent));
    layout->addWidget(discount);
}

void ProductLineInputs::setProducts(const QList<Sales::Product> &products) const
{
    const QString current = product->currentData().toString();
    const QSignalBlocker block(product);
    product->clear();
    for (const Sales::Product &each : products)
        product->addItem(productLabel(each), each.id);
    product->setCurrentIndex(product->findData(current));
    if (product->currentIndex() < 0)
        product->setEditText(QString());
}

void ProductLineInputs::clear() const
{
    {
        const QSignalBlocker block(product);
        product->setCurrentIndex(-1);
        product->setEditText(QString());
    }
    quantity->setValue(1.0);
    unitPrice->clear();
    discount->setValue(0.0);
}

} // namespace Kizuna::Ui
