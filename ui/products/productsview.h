// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/product.h"
#include "core/storage/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Kizuna::Ui {

class EditSession;
class ProductEditDialog;
class ProductTableModel;

// The product catalogue screen: the products (SKU, name, category, unit price, active) in a
// table, a filter on name or SKU, "Show inactive", and Add (Ctrl+N while the screen has the
// focus), Edit (double-click or Return on a row) and Deactivate / Activate (or the row's check
// box). Every change goes through the edit session, so Ctrl+Z undoes it. The list is read on a
// worker with its own connection and follows changes made anywhere.
class ProductsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsView(EditSession &session, QWidget *parent = nullptr);
    ~ProductsView() override;

    // Reads the list again in the background; loaded() when it is shown.
    void reload();

    // Opens the form for a new product / for a product (window-modal; it closes itself when
    // saved or cancelled). Returns the form.
    ProductEditDialog *addProduct();
    ProductEditDialog *editProduct(const QString &productId);
    // Sets the selected product active or not (one undo step).
    Status setSelectedActive(bool active);
    QString selectedProductId() const;
    void selectProduct(const QString &productId);

    ProductTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showInactiveBox() const { return m_showInactive; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *activeButton() const { return m_toggleActive; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void finished();
    void updateButtons();
    Status save(const QString &productId, const Sales::ProductInput &input);
    Status setActive(const QString &productId, bool active);
    ProductEditDialog *openForm(const QString &productId);

    EditSession &m_session;
    ProductTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggleActive = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_filterDelay = nullptr;
    QFutureWatcher<Result<QList<Sales::Product>>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    QString m_keepSelected;
};

} // namespace Kizuna::Ui
