// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/product.h"
#include "core/storage/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Kizuna::Ui {

// The small form to add or edit a catalogue product: SKU (required), name (required), category
// (one of those in use or a new one), unit price (a number ≥ 0) and active. OK checks what can be
// checked here, then calls the save function (which checks that the SKU is free and writes the
// change through the undo stack); on an error the form stays open, says what is wrong and puts
// the cursor in that field.
class ProductEditDialog final : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Status(const Sales::ProductInput &)>;

    ProductEditDialog(const QStringList &categories, SaveFunction save, QWidget *parent = nullptr);

    void setProduct(const Sales::Product &product);
    // What the form holds; the error names the field when a value is not acceptable.
    Result<Sales::ProductInput> input() const;

    QLineEdit *skuEdit() const { return m_sku; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *priceEdit() const { return m_price; }
    QCheckBox *activeBox() const { return m_active; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &message);

    SaveFunction m_save;
    QLineEdit *m_sku = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_price = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kizuna::Ui
