// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/productsview.h"

#include "core/model/recordstore.h"
#include "core/sales/productcatalogue.h"
#include "core/storage/backgroundjob.h"
#include "ui/common/editsession.h"
#include "ui/products/producteditdialog.h"
#include "ui/products/producttablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace {

bool isAddKey(const QKeyEvent *key)
{
    return key->key() == Qt::Key_N && key->modifiers() == Qt::ControlModifier;
}

} // namespace

ProductsView::ProductsView(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProductTableModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_showInactive(new QCheckBox(tr("Show &inactive"), this))
    , m_add(new QPushButton(tr("&Add product…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggleActive(new QPushButton(tr("&Deactivate"), this))
    , m_status(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("productsView"));
    m_filter->setObjectName(QStringLiteral("productFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or SKU"));
    m_filter->setClearButtonEnabled(true);
    m_showInactive->setObjectName(QStringLiteral("showInactiveProducts"));
    m_add->setObjectName(QStringLiteral("addProduct"));
    m_add->setToolTip(tr("Add a product to the catalogue (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editProduct"));
    m_toggleActive->setObjectName(QStringLiteral("toggleProductActive"));
    m_status->setObjectName(QStringLiteral("productsStatus"));
    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::NameColumn, QHeaderView::Stretch);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_showInactive);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggleActive);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ProductsView::reload);
    connect(m_showInactive, &QCheckBox::toggled, this, &ProductsView::reload);
    connect(m_add, &QPushButton::clicked, this, &ProductsView::addProduct);
    connect(m_edit, &QPushButton::clicked, this, [this] { editProduct(selectedProductId()); });
    connect(m_toggleActive, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedProductId());
        if (row >= 0)
            (void)setSelectedActive(!m_model->product(row).active);
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { editProduct(index.data(ProductTableModel::IdRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProductsView::updateButtons);
    connect(m_model, &ProductTableModel::activeChangeRequested, this,
            [this](const QString &id, bool active) { (void)setActive(id, active); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsView::updateButtons);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ProductsView::finished);
    connect(&m_session, &EditSession::recordChanged, this, [this](const QString &entity, const QString &) {
        if (entity == u"product")
            reload();
    });
    updateButtons();
    reload();
}

ProductsView::~ProductsView()
{
    m_watcher.waitForFinished();
}

void ProductsView::reload()
{
    ++m_generation;
    if (m_watcher.isRunning())
        return; // finished() reads again: the filter changed meanwhile
    m_runningGeneration = m_generation;
    if (m_keepSelected.isEmpty())
        m_keepSelected = selectedProductId();
    Sales::ProductFilter filter;
    filter.text = m_filter->text();
    filter.activeOnly = !m_showInactive->isChecked();
    m_watcher.setFuture(Storage::runInBackground<QList<Sales::Product>>(
        m_session.database().path(), Storage::makeCancelFlag(),
        [filter](Storage::Database &db, const std::atomic<bool> &) {
            Model::RecordStore readOnly(db, {});
            return Sales::ProductCatalogue(readOnly).products(filter);
        }));
}

void ProductsView::finished()
{
    const auto result = m_watcher.result();
    if (m_runningGeneration != m_generation) {
        reload();
        return;
    }
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error().message);
        return;
    }
    m_model->setProducts(*result);
    const QString keep = m_keepSelected;
    m_keepSelected.clear();
    selectProduct(keep);
    m_status->setText(tr("%n product(s)", nullptr, static_cast<int>(result->size())));
    Q_EMIT loaded();
}

QString ProductsView::selectedProductId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ProductTableModel::IdRole).toString() : QString();
}

void ProductsView::selectProduct(const QString &productId)
{
    const int row = productId.isEmpty() ? -1 : m_model->rowOf(productId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, ProductTableModel::NameColumn));
    m_table->scrollTo(m_model->index(row, 0));
}

void ProductsView::updateButtons()
{
    const int row = m_model->rowOf(selectedProductId());
    m_edit->setEnabled(row >= 0);
    m_toggleActive->setEnabled(row >= 0);
    m_toggleActive->setText(row >= 0 && !m_model->product(row).active ? tr("&Activate") : tr("&Deactivate"));
}

ProductEditDialog *ProductsView::addProduct()
{
    return openForm({});
}

ProductEditDialog *ProductsView::editProduct(const QString &productId)
{
    return m_model->rowOf(productId) >= 0 ? openForm(productId) : nullptr;
}

ProductEditDialog *ProductsView::openForm(const QString &productId)
{
    Model::RecordStore &store = m_session.store();
    auto categories = Sales::ProductCatalogue(store).categories();
    auto *dialog = new ProductEditDialog(categories.ok() ? *categories : QStringList(),
                                         [this, productId](const Sales::ProductInput &input) {
                                             return save(productId, input);
                                         },
                                         this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!productId.isEmpty())
        dialog->setProduct(m_model->product(m_model->rowOf(productId)));
    dialog->open();
    dialog->skuEdit()->setFocus();
    return dialog;
}

Status ProductsView::save(const QString &productId, const Sales::ProductInput &input)
{
    Sales::ProductCatalogue catalogue(m_session.store());
    KIZUNA_TRY(catalogue.validate(input, productId));
    const Model::FieldValues values = Sales::ProductCatalogue::storedValues(input);
    if (productId.isEmpty()) {
        auto id = m_session.create(QStringLiteral("product"), values, tr("Add product “%1”").arg(input.name));
        if (!id.ok())
            return id.error();
        m_keepSelected = *id;
        Q_EMIT statusMessage(tr("Product “%1” added").arg(input.name));
        return {};
    }
    m_keepSelected = productId;
    KIZUNA_TRY(m_session.update(QStringLiteral("product"), productId, values,
                                tr("Edit product “%1”").arg(input.name)));
    Q_EMIT statusMessage(tr("Product “%1” saved").arg(input.name));
    return {};
}

Status ProductsView::setSelectedActive(bool active)
{
    return setActive(selectedProductId(), active);
}

Status ProductsView::setActive(const QString &productId, bool active)
{
    const int row = m_model->rowOf(productId);
    if (row < 0)
        return Error::notFound(tr("Choose a product first"));
    const QString name = m_model->product(row).name;
    m_keepSelected = productId;
    const Status status = m_session.update(QStringLiteral("product"), productId,
                                           {{QStringLiteral("active"), active}},
                                           active ? tr("Activate product “%1”").arg(name)
                                                  : tr("Deactivate product “%1”").arg(name));
    if (!status.ok())
        Q_EMIT errorOccurred(status.error().message);
    return status;
}

bool ProductsView::event(QEvent *event)
{
    // Ctrl+N adds a product while this screen has the focus, although the window has its own
    // Ctrl+N (new contact): claiming the key here makes it a key press instead of a shortcut.
    if (event->type() == QEvent::ShortcutOverride && isAddKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ProductsView::keyPressEvent(QKeyEvent *event)
{
    if (isAddKey(event)) {
        addProduct();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Kizuna::Ui
