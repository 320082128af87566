// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/ordercolumns.h"

#include "core/io/recordimport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>

namespace Kizuna::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::OrderColumns)
};

const QString &customer()
{
    static const QString name = QStringLiteral("customer");
    return name;
}
const QString &orderDate()
{
    static const QString name = QStringLiteral("order_date");
    return name;
}
const QString &total()
{
    static const QString name = QStringLiteral("total");
    return name;
}
const QString &orderNumber()
{
    static const QString name = QStringLiteral("order_number");
    return name;
}

QList<Io::ImportTarget> importTargets()
{
    const auto words = [](const char *const *list) {
        QStringList out;
        for (; *list; ++list)
            out << QString::fromUtf8(*list);
        return out;
    };
    static const char *const customerHeaders[] = {
        "customer_id", "customer no", "customer number", "customer code", "customer key", "client", "client id",
        "masterid", "master_id", "member id", "email", "e-mail", "email address", "customer email", "customer name",
        "顧客", "顧客ID", "顧客番号", "顧客コード", "会員ID", "会員番号", "お客様番号", "取引先コード",
        "メールアドレス", "メール", "顧客名", nullptr};
    static const char *const dateHeaders[] = {
        "date", "order date", "ordered", "ordered at", "ordered_at", "purchase date", "invoice date", "invoicedate",
        "transaction date", "注文日", "受注日", "購入日", "日付", "注文日時", "購入日時", "売上日", nullptr};
    static const char *const totalHeaders[] = {
        "amount", "revenue", "sales", "dollar_value", "value", "order total", "total amount", "order amount",
        "金額", "合計", "合計金額", "売上", "売上金額", "購入金額", "注文金額", "税込金額", nullptr};
    static const char *const numberHeaders[] = {
        "order", "order id", "order no", "order number", "invoice", "invoice no", "invoiceno", "invoice number",
        "transaction id", "注文番号", "受注番号", "注文ID", "伝票番号", nullptr};
    return {{customer(), Io::ValueKind::Link, words(customerHeaders)},
            {orderDate(), Io::ValueKind::Text, words(dateHeaders)},
            {total(), Io::ValueKind::Text, words(totalHeaders)},
            {orderNumber(), Io::ValueKind::Text, words(numberHeaders)}};
}

// Like the importer: yyyy-MM-dd, or yyyy-MM-dd HH:mm:ss, without a format.
bool parses(const QString &text, const QString &format)
{
    if (format.isEmpty())
        return QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid()
               || QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid();
    if (format.contains(u'H') || format.contains(u'm'))
        return QDateTime::fromString(text, format).isValid();
    return QDate::fromString(text, format).isValid();
}

} // namespace

Io::RecordColumns OrderColumns::columns()
{
    return Io::RecordColumns(QStringLiteral("order"), importTargets());
}

QStringList OrderColumns::targets()
{
    return {customer(), orderDate(), total(), orderNumber()};
}

Io::ColumnMapping OrderColumns::suggest(const QStringList &headers)
{
    Io::ColumnMapping mapping = columns().suggest(headers);
    QSet<QString> taken;
    for (QString &field : mapping.fields) {
        if (field.isEmpty())
            continue;
        if (taken.contains(field))
            field.clear();
        else
            taken.insert(field);
    }
    return mapping;
}

QString OrderColumns::problemOf(const Io::ColumnMapping &mapping)
{
    const QString labels[] = {Tr::tr("the customer"), Tr::tr("the order date"), Tr::tr("the amount"),
                              Tr::tr("the order number")};
    const QStringList names = targets();
    for (qsizetype t = 0; t < names.size(); ++t) {
        const qsizetype uses = mapping.fields.count(names.at(t));
        if (uses > 1)
            return Tr::tr("Only one column can hold %1.").arg(labels[t]);
        if (uses == 0 && names.at(t) != orderNumber())
            return Tr::tr("Choose the column that holds %1.").arg(labels[t]);
    }
    return {};
}

QStringList OrderColumns::dateFormats()
{
    return {QString(),
            QStringLiteral("yyyyMMdd"),
            QStringLiteral("yyyy/MM/dd"),
            QStringLiteral("yyyy/M/d"),
            QStringLiteral("yyyy/M/d H:mm"),
            QStringLiteral("yyyy/MM/dd HH:mm:ss"),
            QStringLiteral("yyyy-MM-dd HH:mm"),
            QStringLiteral("dd.MM.yyyy"),
            QStringLiteral("d.M.yyyy"),
            QStringLiteral("MM/dd/yyyy"),
            QStringLiteral("M/d/yyyy"),
            QStringLiteral("M/d/yyyy H:mm"),
            QStringLiteral("dd/MM/yyyy")};
}

QString OrderColumns::suggestDateFormat(const QStringList &samples)
{
    QString best;
    int bestCount = 0;
    for (const QString &format : dateFormats()) {
        int count = 0;
        for (const QString &sample : samples) {
            const QString text = sample.trimmed();
            count += !text.isEmpty() && parses(text, format) ? 1 : 0;
        }
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return best;
}

Io::OrderImportOptions OrderColumns::optionsFor(const ImportState &state)
{
    Io::OrderImportOptions options;
    const auto numberOf = [&](const QString &target) {
        const qsizetype column = state.mapping.fields.indexOf(target);
        return column < 0 ? QString() : QString::number(column + 1);
    };
    options.customerColumn = numberOf(customer());
    options.dateColumn = numberOf(orderDate());
    options.amountColumn = numberOf(total());
    options.idColumn = numberOf(orderNumber());
    options.dateFormat = state.dateFormat;
    options.hasHeader = state.hasHeader;
    options.csv.separator = state.separator;
    options.csv.encoding = state.encoding;
    return options;
}

Io::ImportSummary OrderColumns::commonSummary(const Io::OrderImportSummary &summary, const ImportState &state)
{
    Io::ImportSummary common;
    common.rows = summary.rows;
    common.imported = summary.orders;
    common.skippedDuplicates = summary.alreadyPresent;
    common.rejectedRows = summary.rejected.size(); // one problem per rejected row
    common.rejected = summary.rejected;
    common.mapping = state.mapping;
    common.encoding = state.encoding;
    common.written = summary.written;
    return common;
}

} // namespace Kizuna::Ui
