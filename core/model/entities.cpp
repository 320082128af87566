// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/entities.h"

namespace Kizuna::Model {

namespace Choices {
QStringList contactKinds()
{
    return {QStringLiteral("lead"), QStringLiteral("customer"), QStringLiteral("partner"),
            QStringLiteral("other")};
}
QStringList lifecycleStages()
{
    return {QStringLiteral("subscriber"), QStringLiteral("lead"), QStringLiteral("qualified_lead"),
            QStringLiteral("opportunity"), QStringLiteral("customer"), QStringLiteral("evangelist"),
            QStringLiteral("churned")};
}
QStringList sourceChannels()
{
    return {QStringLiteral("web_form"), QStringLiteral("event"), QStringLiteral("referral"),
            QStringLiteral("ad"), QStringLiteral("sns"), QStringLiteral("line"),
            QStringLiteral("walk_in"), QStringLiteral("import"), QStringLiteral("other")};
}
QStringList activityTypes()
{
    return {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("meeting"),
            QStringLiteral("visit"), QStringLiteral("chat"), QStringLiteral("sns"),
            QStringLiteral("web_form"), QStringLiteral("letter"), QStringLiteral("note"),
            QStringLiteral("complaint"), QStringLiteral("feedback"), QStringLiteral("survey")};
}
QStringList campaignChannels()
{
    return {QStringLiteral("newsletter"), QStringLiteral("step_email"), QStringLiteral("line"),
            QStringLiteral("dm"), QStringLiteral("webinar"), QStringLiteral("flyer")};
}
QStringList memberStatuses()
{
    return {QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("delivered"),
            QStringLiteral("opened"), QStringLiteral("clicked"), QStringLiteral("converted"),
            QStringLiteral("unsubscribed"), QStringLiteral("bounced")};
}
} // namespace Choices

namespace {

FieldDef text(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Text, required, {}, {}};
}
FieldDef integer(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Integer, required, {}, {}};
}
FieldDef real(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Real, required, {}, {}};
}
FieldDef boolean(const char *name)
{
    return {QString::fromLatin1(name), FieldType::Bool, false, {}, {}};
}
FieldDef date(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Date, required, {}, {}};
}
FieldDef dateTime(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::DateTime, required, {}, {}};
}
FieldDef choice(const char *name, QStringList choices, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Choice, required, std::move(choices), {}};
}
FieldDef ref(const char *name, const char *entity, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Reference, required, {}, QString::fromLatin1(entity)};
}
EntityDef def(const char *name, const char *table, QList<FieldDef> fields)
{
    return {QString::fromLatin1(name), QString::fromLatin1(table), std::move(fields)};
}

QList<EntityDef> buildCatalogue()
{
    const auto address = [](QList<FieldDef> fields) {
        fields << text("postal_code") << text("prefecture") << text("city") << text("address_line")
               << text("country");
        return fields;
    };
    QList<EntityDef> all;
    all << def("user", "users",
               {text("name", true), text("email"),
                choice("role", {QStringLiteral("owner"), QStringLiteral("manager"),
                                QStringLiteral("sales")}),
                boolean("active")});
    all << def("company", "companies",
               address({text("name", true), text("name_reading"), text("domain"), text("industry"),
                        text("size"), text("phone")})
                   << ref("owner_id", "user") << text("notes"));
    all << def("contact", "contacts",
               address({choice("kind", Choices::contactKinds()),
                        choice("lifecycle_stage", Choices::lifecycleStages()), text("family_name"),
                        text("given_name"), text("family_name_reading"), text("given_name_reading"),
                        text("email"), text("phone"), text("mobile"), ref("company_id", "company"),
                        text("department"), text("title")})
                   << date("birthday") << choice("source", Choices::sourceChannels())
                   << ref("owner_id", "user") << boolean("marketing_opt_in")
                   << dateTime("marketing_opt_in_at") << integer("loyalty_points")
                   << text("loyalty_rank") << text("notes"));
    all << def("contact_point", "contact_points",
               {ref("contact_id", "contact", true),
                choice("kind", {QStringLiteral("email"), QStringLiteral("phone"),
                                QStringLiteral("address"), QStringLiteral("url")}, true),
                text("label"), text("value", true), integer("position")});
    all << def("product", "products",
               {text("sku"), text("name", true), text("category"), real("unit_price"),
                boolean("active")});
    all << def("pipeline", "pipelines", {text("name", true), integer("position")});
    all << def("pipeline_stage", "pipeline_stages",
               {ref("pipeline_id", "pipeline", true), text("name", true), integer("position"),
                real("probability"), integer("rotting_days")});
    all << def("lost_reason", "lost_reasons", {text("name", true), integer("position")});
    all << def("deal", "deals",
               {text("title", true), ref("contact_id", "contact"), ref("company_id", "company"),
                ref("pipeline_id", "pipeline", true), ref("stage_id", "pipeline_stage", true),
                real("amount"), text("currency"), real("probability"), date("expected_close_date"),
                choice("status", {QStringLiteral("open"), QStringLiteral("won"),
                                  QStringLiteral("lost")}),
                ref("lost_reason_id", "lost_reason"), dateTime("closed_at"),
                dateTime("stage_entered_at"), ref("owner_id", "user"), text("notes")});
    all << def("deal_stage_change", "deal_stage_history",
               {ref("deal_id", "deal", true), ref("from_stage_id", "pipeline_stage"),
                ref("to_stage_id", "pipeline_stage"), dateTime("changed_at", true), text("author")});
    all << def("deal_line", "deal_lines",
               {ref("deal_id", "deal", true), ref("product_id", "product"), text("description"),
                real("quantity"), real("unit_price"), real("discount"), integer("position")});
    all << def("order", "orders",
               {ref("contact_id", "contact", true), text("order_number"),
                dateTime("ordered_at", true), text("channel"), real("total"), text("currency"),
                text("notes")});
    all << def("order_line", "order_lines",
               {ref("order_id", "order", true), ref("product_id", "product"), real("quantity"),
                real("unit_price"), integer("position")});
    all << def("activity", "activities",
               {choice("type", Choices::activityTypes(), true),
                choice("direction", {QStringLiteral("in"), QStringLiteral("out")}),
                text("channel"), text("subject"), text("body"), dateTime("occurred_at", true),
                integer("duration_minutes"), text("outcome"), ref("contact_id", "contact"),
                ref("company_id", "company"), ref("deal_id", "deal"), ref("owner_id", "user")});
    all << def("task", "tasks",
               {text("title", true), text("notes"), dateTime("due_at"), dateTime("remind_at"),
                dateTime("done_at"), text("recurrence"), ref("contact_id", "contact"),
                ref("company_id", "company"), ref("deal_id", "deal"), ref("owner_id", "user"),
                text("origin")});
    all << def("segment", "segments", {text("name", true), text("rule")});
    all << def("campaign", "campaigns",
               {text("name", true), choice("channel", Choices::campaignChannels(), true),
                choice("status", {QStringLiteral("draft"), QStringLiteral("scheduled"),
                                  QStringLiteral("running"), QStringLiteral("done")}),
                real("cost"), date("starts_on"), date("ends_on"), ref("segment_id", "segment")});
    all << def("campaign_variant", "campaign_variants",
               {ref("campaign_id", "campaign", true), text("label", true), text("subject"),
                text("body")});
    all << def("campaign_member", "campaign_members",
               {ref("campaign_id", "campaign", true), ref("variant_id", "campaign_variant"),
                ref("contact_id", "contact", true), choice("status", Choices::memberStatuses()),
                dateTime("sent_at"), dateTime("delivered_at"), dateTime("opened_at"),
                dateTime("clicked_at"), dateTime("converted_at"), dateTime("unsubscribed_at"),
                dateTime("bounced_at")});
    all << def("survey_answer", "survey_answers",
               {ref("contact_id", "contact", true), ref("campaign_id", "campaign"),
                integer("score", true), text("comment"), dateTime("answered_at", true)});
    all << def("tag", "tags", {text("name", true), text("color")});
    all << def("contact_tag", "contact_tags",
               {ref("contact_id", "contact", true), ref("tag_id", "tag", true)});
    all << def("company_tag", "company_tags",
               {ref("company_id", "company", true), ref("tag_id", "tag", true)});
    all << def("custom_field", "custom_field_defs",
               {choice("entity", {QStringLiteral("contact"), QStringLiteral("company"),
                                  QStringLiteral("deal")}, true),
                text("key", true), text("label", true),
                choice("type", {QStringLiteral("text"), QStringLiteral("number"),
                                QStringLiteral("date"), QStringLiteral("bool"),
                                QStringLiteral("choice")}),
                text("choices"), integer("position")});
    all << def("custom_field_value", "custom_field_values",
               {ref("field_id", "custom_field", true), text("record_id", true), text("value")});
    return all;
}

} // namespace

const QList<EntityDef> &entities()
{
    static const QList<EntityDef> catalogue = buildCatalogue();
    return catalogue;
}

const EntityDef *findEntity(QStringView name)
{
    for (const EntityDef &e : entities()) {
        if (e.name == name || e.table == name)
            return &e;
    }
    return nullptr;
}

const EntityDef &entity(QStringView name)
{
    const EntityDef *found = findEntity(name);
    Q_ASSERT_X(found, "Kizuna::Model::entity", "unknown entity");
    return *found;
}

} // namespace Kizuna::Model
