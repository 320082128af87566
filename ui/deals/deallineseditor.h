// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/dealline.h"
#include "core/sales/product.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Kizuna::Ui {

class EditSession;

// The line items of a deal: a table (product, quantity, unit price, discount, amount) whose
// quantity, price and discount cells are edited in place, a row to add a line from the product
// catalogue (chosen in a combo box that completes on SKU or name) and the total. Every change is
// written through DealLineService as one undo step, and the deal's amount follows the total.
class DealLinesEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Column { ProductColumn, QuantityColumn, UnitPriceColumn, DiscountColumn, AmountColumn, ColumnCount };

    explicit DealLinesEditor(EditSession &session, QWidget *parent = nullptr);

    // Shows the lines of a deal (empty: none); `editable` false for won or lost deals.
    void setDeal(const QString &dealId, bool editable);
    void reload();

    QTableWidget *table() const { return m_table; }
    QComboBox *productBox() const { return m_product; }
    QDoubleSpinBox *quantityBox() const { return m_quantity; }
    QLineEdit *unitPriceEdit() const { return m_unitPrice; }
    QDoubleSpinBox *discountBox() const { return m_discount; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *previewLabel() const { return m_preview; }
    const QList<Sales::DealLine> &lines() const { return m_lines; }

    // Adds a line from the add row / removes the selected line (one undo step each).
    bool addLine();
    bool removeSelectedLine();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

private:
    QHBoxLayout *buildAddRow();
    void loadProducts();
    void fillTable();
    void cellEdited(QTableWidgetItem *item);
    void updatePreview();
    void updateButtons();
    const Sales::Product *chosenProduct() const;

    EditSession &m_session;
    QString m_dealId;
    bool m_editable = false;
    bool m_filling = false;
    QList<Sales::DealLine> m_lines;
    QList<Sales::Product> m_products;
    QTableWidget *m_table = nullptr;
    QComboBox *m_product = nullptr;
    QDoubleSpinBox *m_quantity = nullptr;
    QLineEdit *m_unitPrice = nullptr;
    QDoubleSpinBox *m_discount = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace Kizuna::Ui
