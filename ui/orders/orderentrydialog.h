// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/product.h"
#include "core/storage/result.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Kizuna::Ui {

struct ProductLineInputs;

class EditSession;

// Enters a purchase by hand for a contact: the date (today by default), the channel, and lines
// picked from the active catalogue (product by SKU or name with completion, quantity, unit price
// — the catalogue's unless typed — and discount), with the total worked out as lines are added
// or edited. Save writes the order and its lines through OrderService in one transaction as ONE
// undo step of the edit session; undo deletes them again.
class OrderEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { ProductColumn, QuantityColumn, UnitPriceColumn, DiscountColumn, AmountColumn, ColumnCount };

    // A line as entered (discount 0…1).
    struct Line
    {
        QString productId;
        QString label;
        double quantity = 1.0;
        double unitPrice = 0.0;
        double discount = 0.0;

        double amount() const; // quantity × unit price × (1 − discount), the price paid per piece to 0.01
    };

    OrderEntryDialog(EditSession &session, const QString &contactId, QWidget *parent = nullptr);

    // Adds the line of the add row; false (with the reason in the error label) when it is not
    // complete.
    bool addLine();
    bool removeSelectedLine();
    const QList<Line> &lines() const { return m_lines; }
    double total() const;
    // The order saved, empty until then.
    const QString &orderId() const { return m_orderId; }

    QLabel *contactLabel() const { return m_contact; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *productBox() const { return m_product; }
    QDoubleSpinBox *quantityBox() const { return m_quantity; }
    QLineEdit *unitPriceEdit() const { return m_unitPrice; }
    QDoubleSpinBox *discountBox() const { return m_discount; }
    QPushButton *addLineButton() const { return m_addLine; }
    QPushButton *removeLineButton() const { return m_removeLine; }
    QTableWidget *linesTable() const { return m_table; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    // Saves the order (stays open with the error when it cannot).
    void accept() override;

Q_SIGNALS:
    void orderCreated(const QString &orderId);

private:
    QWidget *buildAddRow();
    void loadProducts();
    ProductLineInputs productInputs() const;
    const Sales::Product *chosenProduct() const;
    void productChosen();
    void fillTable();
    void cellEdited(QTableWidgetItem *item);
    void updateTotal();
    void showError(const QString &message);

    EditSession &m_session;
    QString m_contactId;
    QString m_orderId;
    QList<Sales::Product> m_products;
    QList<Line> m_lines;
    QString m_autoPrice; // the catalogue price filled in, replaced when another product is chosen
    bool m_filling = false;
    QLabel *m_contact = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_product = nullptr;
    QDoubleSpinBox *m_quantity = nullptr;
    QLineEdit *m_unitPrice = nullptr;
    QDoubleSpinBox *m_discount = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kizuna::Ui
