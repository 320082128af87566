// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/productcatalogue.h"

#include "core/model/entities.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

namespace Kizuna::Sales {

namespace {

const Model::EntityDef &productEntity()
{
    return Model::entity(u"product");
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

const QString Columns = QStringLiteral("id, sku, name, category, unit_price, active, deleted_at");

Product readProduct(const Storage::Statement &row)
{
    return {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
            row.columnDouble(4), row.columnInt(5) != 0, !row.isNull(6)};
}

Model::FieldValues valuesOf(const ProductInput &input)
{
    const auto textOrNull = [](const QString &text) {
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
    };
    return {{field("sku"), textOrNull(input.sku)},
            {field("name"), input.name.trimmed()},
            {field("category"), textOrNull(input.category)},
            {field("unit_price"), input.unitPrice},
            {field("active"), input.active}};
}

} // namespace

Result<QList<Product>> ProductCatalogue::products(const ProductFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM products WHERE deleted_at IS NULL").arg(Columns);
    QList<QVariant> values;
    if (!filter.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (instr(lower(name), lower(?1)) > 0 OR instr(lower(coalesce(sku, '')), lower(?1)) > 0)");
        values << filter.text.trimmed();
    }
    if (!filter.category.isEmpty()) {
        sql += QStringLiteral(" AND category = ?%1").arg(values.size() + 1);
        values << filter.category;
    }
    if (filter.activeOnly)
        sql += QStringLiteral(" AND active = 1");
    sql += QStringLiteral(" ORDER BY category IS NULL, category, name, id");
    auto select = Support::prepareWith(m_store.database(), sql, values);
    if (!select.ok())
        return select.error();
    QList<Product> result;
    KIZUNA_TRY(select->forEachRow([&] { result.append(readProduct(*select)); }));
    return result;
}

Result<Product> ProductCatalogue::product(const QString &id)
{
    auto select = Support::prepareWith(m_store.database(),
                                       QStringLiteral("SELECT %1 FROM products WHERE id = ?1").arg(Columns), {id});
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("no product with id %1").arg(id));
    return readProduct(*select);
}

Result<Product> ProductCatalogue::productBySku(const QString &sku)
{
    auto select = Support::prepareWith(
        m_store.database(),
        QStringLiteral("SELECT %1 FROM products WHERE sku = ?1 AND deleted_at IS NULL").arg(Columns),
        {sku.trimmed()});
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("no product with SKU %1").arg(sku));
    return readProduct(*select);
}

Result<QStringList> ProductCatalogue::categories()
{
    auto select = m_store.database().prepare(QStringLiteral(
        "SELECT DISTINCT category FROM products WHERE deleted_at IS NULL AND category IS NOT NULL "
        "ORDER BY category"));
    if (!select.ok())
        return select.error();
    QStringList result;
    KIZUNA_TRY(select->forEachRow([&] { result << select->columnText(0); }));
    return result;
}

Status ProductCatalogue::checkSkuFree(const QString &sku, const QString &exceptId)
{
    if (sku.trimmed().isEmpty())
        return {};
    auto taken = productBySku(sku);
    if (!taken.ok())
        return taken.error().kind == ErrorKind::NotFound ? Status() : Status(taken.error());
    if (taken->id == exceptId)
        return {};
    return Support::fieldError(productEntity().name, field("sku"),
                               Tr::tr("\"%1\" is already used by \"%2\"").arg(sku.trimmed(), taken->name));
}

Status ProductCatalogue::checkInput(const ProductInput &input, const QString &exceptId)
{
    KIZUNA_TRY(Support::checkNotEmpty(productEntity().name, field("name"), input.name));
    KIZUNA_TRY(Support::checkNotNegative(productEntity().name, field("unit_price"), input.unitPrice));
    return checkSkuFree(input.sku, exceptId);
}

Status ProductCatalogue::validate(const ProductInput &input, const QString &exceptId)
{
    return checkInput(input, exceptId);
}

Model::FieldValues ProductCatalogue::storedValues(const ProductInput &input)
{
    return valuesOf(input);
}

Result<QString> ProductCatalogue::add(const ProductInput &input)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(checkInput(input, {}));
    auto id = m_store.insert(productEntity(), valuesOf(input));
    if (!id.ok())
        return id.error();
    KIZUNA_TRY(transaction.commit());
    return *id;
}

Status ProductCatalogue::update(const QString &id, const ProductInput &input)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(checkInput(input, id));
    KIZUNA_TRY(m_store.update(productEntity(), id, valuesOf(input)));
    return transaction.commit();
}

Status ProductCatalogue::setActive(const QString &id, bool active)
{
    return m_store.update(productEntity(), id, {{field("active"), active}});
}

Status ProductCatalogue::remove(const QString &id)
{
    return m_store.remove(productEntity(), id);
}

Status ProductCatalogue::restore(const QString &id)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto current = product(id);
    if (!current.ok())
        return current.error();
    KIZUNA_TRY(checkSkuFree(current->sku, id));
    KIZUNA_TRY(m_store.restore(productEntity(), id));
    return transaction.commit();
}

} // namespace Kizuna::Sales
