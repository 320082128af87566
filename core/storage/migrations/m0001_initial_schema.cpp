// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 1: the whole core data model of PRODUCT.md.
//
// Conventions: every synced table has a client-made UUID text key `id`, `created_at` and
// `updated_at` (UTC ISO-8601 text with milliseconds) and `deleted_at` (soft deletion: set →
// in the Trash). Dates without time are "YYYY-MM-DD". Money is REAL in the record's currency.
// Enumerations are lower-case snake_case keys; the UI translates them.
#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"

namespace Kizuna::Storage {

namespace {

constexpr const char *Schema = R"SQL(
CREATE TABLE users (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    email       TEXT,
    role        TEXT NOT NULL DEFAULT 'sales' CHECK (role IN ('owner','manager','sales')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE companies (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    name_reading TEXT,
    domain       TEXT,
    industry     TEXT,
    size         TEXT,
    phone        TEXT,
    postal_code  TEXT,
    prefecture   TEXT,
    city         TEXT,
    address_line TEXT,
    country      TEXT,
    owner_id     TEXT REFERENCES users(id) ON DELETE SET NULL,
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX companies_owner ON companies(owner_id);
CREATE INDEX companies_reading ON companies(name_reading, name);

CREATE TABLE contacts (
    id                  TEXT PRIMARY KEY NOT NULL,
    kind                TEXT NOT NULL DEFAULT 'lead'
                        CHECK (kind IN ('lead','customer','partner','other')),
    lifecycle_stage     TEXT NOT NULL DEFAULT 'lead'
                        CHECK (lifecycle_stage IN ('subscriber','lead','qualified_lead',
                               'opportunity','customer','evangelist','churned')),
    family_name         TEXT,
    given_name          TEXT,
    family_name_reading TEXT,
    given_name_reading  TEXT,
    email               TEXT,
    phone               TEXT,
    mobile              TEXT,
    company_id          TEXT REFERENCES companies(id) ON DELETE SET NULL,
    department          TEXT,
    title               TEXT,
    postal_code         TEXT,
    prefecture          TEXT,
    city                TEXT,
    address_line        TEXT,
    country             TEXT,
    birthday            TEXT,
    source              TEXT CHECK (source IN ('web_form','event','referral','ad','sns','line',
                                   'walk_in','import','other')),
    owner_id            TEXT REFERENCES users(id) ON DELETE SET NULL,
    marketing_opt_in    INTEGER NOT NULL DEFAULT 0 CHECK (marketing_opt_in IN (0,1)),
    marketing_opt_in_at TEXT,
    loyalty_points      INTEGER NOT NULL DEFAULT 0,
    loyalty_rank        TEXT,
    notes               TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
);
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_owner ON contacts(owner_id);
CREATE INDEX contacts_reading ON contacts(family_name_reading, given_name_reading, id);
CREATE INDEX contacts_email ON contacts(email);
CREATE INDEX contacts_created ON contacts(created_at);

-- Further emails, phones, addresses and web pages of a contact beyond the primary ones.
CREATE TABLE contact_points (
    id          TEXT PRIMARY KEY NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('email','phone','address','url')),
    label       TEXT,
    value       TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX contact_points_contact ON contact_points(contact_id);

CREATE TABLE products (
    id          TEXT PRIMARY KEY NOT NULL,
    sku         TEXT,
    name        TEXT NOT NULL,
    category    TEXT,
    unit_price  REAL NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX products_sku ON products(sku) WHERE sku IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX products_category ON products(category);

CREATE TABLE pipelines (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE pipeline_stages (
    id           TEXT PRIMARY KEY NOT NULL,
    pipeline_id  TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    position     INTEGER NOT NULL DEFAULT 0,
    probability  REAL NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 1),
    rotting_days INTEGER,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX pipeline_stages_pipeline ON pipeline_stages(pipeline_id, position);

CREATE TABLE lost_reasons (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE deals (
    id                  TEXT PRIMARY KEY NOT NULL,
    title               TEXT NOT NULL,
    contact_id          TEXT REFERENCES contacts(id) ON DELETE SET NULL,
    company_id          TEXT REFERENCES companies(id) ON DELETE SET NULL,
    pipeline_id         TEXT NOT NULL REFERENCES pipelines(id),
    stage_id            TEXT NOT NULL REFERENCES pipeline_stages(id),
    amount              REAL NOT NULL DEFAULT 0,
    currency            TEXT NOT NULL DEFAULT 'JPY',
    probability         REAL CHECK (probability BETWEEN 0 AND 1),
    expected_close_date TEXT,
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','won','lost')),
    lost_reason_id      TEXT REFERENCES lost_reasons(id) ON DELETE SET NULL,
    closed_at           TEXT,
    stage_entered_at    TEXT,
    owner_id            TEXT REFERENCES users(id) ON DELETE SET NULL,
    notes               TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
);
CREATE INDEX deals_contact ON deals(contact_id);
CREATE INDEX deals_company ON deals(company_id);
CREATE INDEX deals_stage ON deals(stage_id, status);
CREATE INDEX deals_closed ON deals(status, closed_at);
CREATE INDEX deals_created ON deals(created_at);

CREATE TABLE deal_stage_history (
    id            TEXT PRIMARY KEY NOT NULL,
    deal_id       TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    from_stage_id TEXT REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    to_stage_id   TEXT REFERENCES pipeline_stages(id) ON DELETE SET NULL,
    changed_at    TEXT NOT NULL,
    author        TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, changed_at);

CREATE TABLE deal_lines (
    id          TEXT PRIMARY KEY NOT NULL,
    deal_id     TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    product_id  TEXT REFERENCES products(id) ON DELETE SET NULL,
    description TEXT,
    quantity    REAL NOT NULL DEFAULT 1,
    unit_price  REAL NOT NULL DEFAULT 0,
    discount    REAL NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 1),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX deal_lines_deal ON deal_lines(deal_id);

CREATE TABLE orders (
    id           TEXT PRIMARY KEY NOT NULL,
    contact_id   TEXT NOT NULL REFERENCES contacts(id),
    order_number TEXT,
    ordered_at   TEXT NOT NULL,
    channel      TEXT,
    total        REAL NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT 'JPY',
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX orders_contact ON orders(contact_id, ordered_at);
CREATE INDEX orders_ordered ON orders(ordered_at);

CREATE TABLE order_lines (
    id          TEXT PRIMARY KEY NOT NULL,
    order_id    TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id  TEXT REFERENCES products(id) ON DELETE SET NULL,
    quantity    REAL NOT NULL DEFAULT 1,
    unit_price  REAL NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_product ON order_lines(product_id);

CREATE TABLE activities (
    id               TEXT PRIMARY KEY NOT NULL,
    type             TEXT NOT NULL CHECK (type IN ('call','email','meeting','visit','chat','sns',
                          'web_form','letter','note','complaint','feedback','survey')),
    direction        TEXT CHECK (direction IN ('in','out')),
    channel          TEXT,
    subject          TEXT,
    body             TEXT,
    occurred_at      TEXT NOT NULL,
    duration_minutes INTEGER,
    outcome          TEXT,
    contact_id       TEXT REFERENCES contacts(id) ON DELETE CASCADE,
    company_id       TEXT REFERENCES companies(id) ON DELETE SET NULL,
    deal_id          TEXT REFERENCES deals(id) ON DELETE SET NULL,
    owner_id         TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX activities_contact ON activities(contact_id, occurred_at);
CREATE INDEX activities_company ON activities(company_id, occurred_at);
CREATE INDEX activities_deal ON activities(deal_id, occurred_at);
CREATE INDEX activities_occurred ON activities(occurred_at);

CREATE TABLE tasks (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    notes       TEXT,
    due_at      TEXT,
    remind_at   TEXT,
    done_at     TEXT,
    recurrence  TEXT,
    contact_id  TEXT REFERENCES contacts(id) ON DELETE CASCADE,
    company_id  TEXT REFERENCES companies(id) ON DELETE SET NULL,
    deal_id     TEXT REFERENCES deals(id) ON DELETE SET NULL,
    owner_id    TEXT REFERENCES users(id) ON DELETE SET NULL,
    origin      TEXT NOT NULL DEFAULT 'manual',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX tasks_open_due ON tasks(due_at) WHERE done_at IS NULL;
CREATE INDEX tasks_contact ON tasks(contact_id);
CREATE INDEX tasks_deal ON tasks(deal_id);

CREATE TABLE segments (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    rule        TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE campaigns (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('newsletter','step_email','line','dm','webinar',
                     'flyer')),
    status      TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft','scheduled','running','done')),
    cost        REAL NOT NULL DEFAULT 0,
    starts_on   TEXT,
    ends_on     TEXT,
    segment_id  TEXT REFERENCES segments(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE campaign_variants (
    id          TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    label       TEXT NOT NULL,
    subject     TEXT,
    body        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX campaign_variants_campaign ON campaign_variants(campaign_id);

CREATE TABLE campaign_members (
    id              TEXT PRIMARY KEY NOT NULL,
    campaign_id     TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    variant_id      TEXT REFERENCES campaign_variants(id) ON DELETE SET NULL,
    contact_id      TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending','sent','delivered','opened','clicked','converted',
                                      'unsubscribed','bounced')),
    sent_at         TEXT,
    delivered_at    TEXT,
    opened_at       TEXT,
    clicked_at      TEXT,
    converted_at    TEXT,
    unsubscribed_at TEXT,
    bounced_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,
    UNIQUE (campaign_id, contact_id)
);
CREATE INDEX campaign_members_contact ON campaign_members(contact_id);

CREATE TABLE survey_answers (
    id          TEXT PRIMARY KEY NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    campaign_id TEXT REFERENCES campaigns(id) ON DELETE SET NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment     TEXT,
    answered_at TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX survey_answers_contact ON survey_answers(contact_id);
CREATE INDEX survey_answers_answered ON survey_answers(answered_at);

CREATE TABLE tags (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    color       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX tags_name ON tags(name) WHERE deleted_at IS NULL;

CREATE TABLE contact_tags (
    id          TEXT PRIMARY KEY NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id      TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    UNIQUE (contact_id, tag_id)
);
CREATE INDEX contact_tags_tag ON contact_tags(tag_id);

CREATE TABLE company_tags (
    id          TEXT PRIMARY KEY NOT NULL,
    company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    tag_id      TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    UNIQUE (company_id, tag_id)
);
CREATE INDEX company_tags_tag ON company_tags(tag_id);

CREATE TABLE custom_field_defs (
    id          TEXT PRIMARY KEY NOT NULL,
    entity      TEXT NOT NULL CHECK (entity IN ('contact','company','deal')),
    key         TEXT NOT NULL,
    label       TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT 'text'
                CHECK (type IN ('text','number','date','bool','choice')),
    choices     TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    UNIQUE (entity, key)
);

CREATE TABLE custom_field_values (
    id          TEXT PRIMARY KEY NOT NULL,
    field_id    TEXT NOT NULL REFERENCES custom_field_defs(id) ON DELETE CASCADE,
    record_id   TEXT NOT NULL,
    value       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    UNIQUE (field_id, record_id)
);
CREATE INDEX custom_field_values_record ON custom_field_values(record_id);

-- Every insert, update, delete and restore, per field: feeds history, undo and sync.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert','update','delete','restore','purge')),
    field      TEXT,
    old_value  ANY,
    new_value  ANY,
    changed_at TEXT NOT NULL,
    author     TEXT,
    node       TEXT NOT NULL
);
CREATE INDEX change_log_record ON change_log(entity, record_id, seq);

-- Local settings of this database file (node id, base currency, …); never synced.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
)SQL";

} // namespace

Status migrateToV1(Database &db)
{
    return db.exec(QString::fromUtf8(Schema));
}

} // namespace Kizuna::Storage
