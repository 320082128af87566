// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/producteditdialog.h"

#include "ui/products/numberinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ProductEditDialog::ProductEditDialog(const QStringList &categories, SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_sku(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Offered for new orders and deals"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("productEditDialog"));
    setWindowTitle(tr("New product"));
    m_sku->setObjectName(QStringLiteral("productSku"));
    m_name->setObjectName(QStringLiteral("productName"));
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    m_category->addItems(categories);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setPlaceholderText(tr("e.g. 1200"));
    m_active->setObjectName(QStringLiteral("productActive"));
    m_active->setChecked(true);
    m_error->setObjectName(QStringLiteral("productError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Unit &price:"), m_price);
    form->addRow(tr("&Active:"), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductEditDialog::reject);
}

void ProductEditDialog::setProduct(const Sales::Product &product)
{
    setWindowTitle(tr("Edit product “%1”").arg(product.name));
    m_sku->setText(product.sku);
    m_name->setText(product.name);
    m_category->setEditText(product.category);
    m_price->setText(NumberInput::toText(product.unitPrice));
    m_active->setChecked(product.active);
}

Result<Sales::ProductInput> ProductEditDialog::input() const
{
    Sales::ProductInput input;
    input.sku = m_sku->text().trimmed();
    input.name = m_name->text().trimmed();
    input.category = m_category->currentText().trimmed();
    input.active = m_active->isChecked();
    if (input.sku.isEmpty())
        return Error::badInput(tr("SKU: enter the product's code (it must be unique)"));
    if (input.name.isEmpty())
        return Error::badInput(tr("Name: enter the product's name"));
    const std::optional<double> price = NumberInput::parse(m_price->text());
    if (!price)
        return Error::badInput(tr("Unit price: “%1” is not a number").arg(m_price->text()));
    if (*price < 0.0)
        return Error::badInput(tr("Unit price: %1 must not be negative").arg(m_price->text()));
    input.unitPrice = *price;
    return input;
}

void ProductEditDialog::accept()
{
    auto entered = input();
    Status saved = entered.ok() ? m_save(*entered) : Status(entered.error());
    if (saved.ok()) {
        QDialog::accept();
        return;
    }
    showError(saved.error().message);
}

void ProductEditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    // The field the message names (ours start with its label, the catalogue's name it in quotes).
    QWidget *field = nullptr;
    if (message.startsWith(tr("SKU:")) || message.contains(u"\"sku\""))
        field = m_sku;
    else if (message.startsWith(tr("Name:")) || message.contains(u"\"name\""))
        field = m_name;
    else if (message.startsWith(tr("Unit price:")) || message.contains(u"\"unit_price\""))
        field = m_price;
    if (field) {
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

} // namespace Kizuna::Ui
