// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/fieldlabels.h"

#include <QHash>

namespace Kizuna::Ui {

QString FieldLabels::label(const QString &field)
{
    // Built per call so that a language switch at run time is followed.
    const QHash<QString, QString> labels = {
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("lifecycle_stage"), tr("Lifecycle stage")},
        {QStringLiteral("family_name"), tr("Family name")},
        {QStringLiteral("given_name"), tr("Given name")},
        {QStringLiteral("family_name_reading"), tr("Family name reading")},
        {QStringLiteral("given_name_reading"), tr("Given name reading")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("name_reading"), tr("Name reading")},
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("mobile"), tr("Mobile")},
        {QStringLiteral("company_id"), tr("Company")},
        {QStringLiteral("department"), tr("Department")},
        {QStringLiteral("title"), tr("Job title")},
        {QStringLiteral("postal_code"), tr("Postal code")},
        {QStringLiteral("prefecture"), tr("Prefecture")},
        {QStringLiteral("city"), tr("City")},
        {QStringLiteral("address_line"), tr("Address")},
        {QStringLiteral("country"), tr("Country")},
        {QStringLiteral("birthday"), tr("Birthday")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("owner_id"), tr("Owner")},
        {QStringLiteral("marketing_opt_in"), tr("Marketing consent")},
        {QStringLiteral("marketing_opt_in_at"), tr("Consent given at")},
        {QStringLiteral("loyalty_points"), tr("Loyalty points")},
        {QStringLiteral("loyalty_rank"), tr("Loyalty rank")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("domain"), tr("Web domain")},
        {QStringLiteral("industry"), tr("Industry")},
        {QStringLiteral("size"), tr("Company size")},
        {QStringLiteral("deleted_at"), tr("In the Trash")},
        {QStringLiteral("contact_id"), tr("Contact")},
        {QStringLiteral("deal_id"), tr("Deal")},
        {QStringLiteral("amount"), tr("Amount")},
        {QStringLiteral("currency"), tr("Currency")},
        {QStringLiteral("probability"), tr("Probability")},
        {QStringLiteral("expected_close_date"), tr("Expected close")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("pipeline_id"), tr("Pipeline")},
        {QStringLiteral("stage_id"), tr("Stage")},
        {QStringLiteral("lost_reason_id"), tr("Lost reason")},
        {QStringLiteral("closed_at"), tr("Closed at")},
        {QStringLiteral("stage_entered_at"), tr("In stage since")},
        {QStringLiteral("due_at"), tr("Due")},
        {QStringLiteral("remind_at"), tr("Reminder")},
        {QStringLiteral("done_at"), tr("Done at")},
        {QStringLiteral("recurrence"), tr("Repeats")},
    };
    return labels.value(field, field);
}

QString FieldLabels::label(const QString &entity, const QString &field)
{
    if (field == u"title" && (entity == u"deal" || entity == u"task"))
        return tr("Title");
    if (field == u"name" && entity == u"company")
        return tr("Company name");
    return label(field);
}

QString FieldLabels::operation(const QString &op)
{
    if (op == u"insert")
        return tr("Created", "change log");
    if (op == u"update")
        return tr("Changed", "change log");
    if (op == u"delete")
        return tr("Moved to the Trash", "change log");
    if (op == u"restore")
        return tr("Restored from the Trash", "change log");
    if (op == u"purge")
        return tr("Deleted for good", "change log");
    return op;
}

} // namespace Kizuna::Ui
