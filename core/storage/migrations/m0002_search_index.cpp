// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 2: the search index.
//
// search_docs holds one row per searchable record that is not in the Trash (contacts,
// companies, deals, activities): `body` is the folded text of its searchable fields, one field
// per line (kizuna_fold: width/case/kana folded, no spaces; phone numbers as digit keys);
// `short_body` is the folded name/title with a space between characters. Two FTS5 indexes use
// search_docs as external content:
//   search_fts   — trigram tokenizer over body: substring search for queries of 3+ characters;
//   search_short — unicode61 over short_body, one token per character: a 1–2 character query
//                  becomes a phrase of adjacent characters ("山田" → "山 田").
// Triggers keep everything in step with the records, so every write path (forms, imports, sync)
// updates the index; the SQL functions come from Storage::registerSqlFunctions.
#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"

namespace Kizuna::Storage {

namespace {

constexpr const char *Schema = R"SQL(
CREATE TABLE search_docs (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    record_id  TEXT NOT NULL UNIQUE,
    body       TEXT NOT NULL,
    short_body TEXT
);
CREATE VIRTUAL TABLE search_fts USING fts5(
    body, content = 'search_docs', content_rowid = 'id', tokenize = 'trigram');
CREATE VIRTUAL TABLE search_short USING fts5(
    short_body, content = 'search_docs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body);
    INSERT INTO search_short(rowid, short_body) VALUES (new.id, new.short_body);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO search_short(search_short, rowid, short_body)
        VALUES ('delete', old.id, old.short_body);
END;
)SQL";

// One entity's triggers: insert, update of the indexed columns (or the Trash flag), delete.
QString entityTriggers(const char *table, const char *entity, const char *columns,
                       const char *body, const char *shortBody)
{
    const QString t = QString::fromLatin1(table);
    const QString newBody = QString::fromLatin1(body).replace(QStringLiteral("$."), QStringLiteral("new."));
    const QString newShort = QString::fromLatin1(shortBody).replace(QStringLiteral("$."), QStringLiteral("new."));
    return QStringLiteral(
               "CREATE TRIGGER %1_search_ai AFTER INSERT ON %1 WHEN new.deleted_at IS NULL BEGIN\n"
               "    INSERT INTO search_docs(entity, record_id, body, short_body)\n"
               "        VALUES ('%2', new.id, %4, %5);\n"
               "END;\n"
               "CREATE TRIGGER %1_search_au AFTER UPDATE OF %3, deleted_at ON %1 BEGIN\n"
               "    DELETE FROM search_docs WHERE record_id = old.id;\n"
               "    INSERT INTO search_docs(entity, record_id, body, short_body)\n"
               "        SELECT '%2', new.id, %4, %5 WHERE new.deleted_at IS NULL;\n"
               "END;\n"
               "CREATE TRIGGER %1_search_ad AFTER DELETE ON %1 BEGIN\n"
               "    DELETE FROM search_docs WHERE record_id = old.id;\n"
               "END;\n")
        .arg(t, QString::fromLatin1(entity), QString::fromLatin1(columns), newBody, newShort);
}

QString triggers()
{
    // Names are indexed in both orders so "山田太郎" and "Emma Smith" are found as typed.
    QString sql = entityTriggers(
        "contacts", "contact",
        "family_name, given_name, family_name_reading, given_name_reading, email, phone, mobile, "
        "postal_code",
        "kizuna_fold(coalesce($.family_name, '') || coalesce($.given_name, '')) || char(10) || "
        "kizuna_fold(coalesce($.given_name, '') || coalesce($.family_name, '')) || char(10) || "
        "kizuna_fold(coalesce($.family_name_reading, '') || coalesce($.given_name_reading, '')) "
        "|| char(10) || kizuna_fold(coalesce($.email, '')) || char(10) || "
        "kizuna_phone_keys(coalesce($.phone, '')) || ' ' || kizuna_phone_keys(coalesce($.mobile, '')) "
        "|| char(10) || kizuna_phone_keys(coalesce($.postal_code, ''))",
        "kizuna_chars(coalesce($.family_name, '') || coalesce($.given_name, '')) || ' ' || "
        "kizuna_chars(coalesce($.family_name_reading, '') || coalesce($.given_name_reading, ''))");
    sql += entityTriggers(
        "companies", "company", "name, name_reading, domain, phone",
        "kizuna_fold($.name) || char(10) || kizuna_fold(coalesce($.name_reading, '')) || char(10) || "
        "kizuna_fold(coalesce($.domain, '')) || char(10) || kizuna_phone_keys(coalesce($.phone, ''))",
        "kizuna_chars($.name) || ' ' || kizuna_chars(coalesce($.name_reading, ''))");
    sql += entityTriggers("deals", "deal", "title", "kizuna_fold($.title)", "kizuna_chars($.title)");
    sql += entityTriggers("activities", "activity", "subject, body",
                          "kizuna_fold(coalesce($.subject, '')) || char(10) || "
                          "kizuna_fold(coalesce($.body, ''))",
                          "NULL");
    return sql;
}

} // namespace

Status migrateToV2(Database &db)
{
    KIZUNA_TRY(db.exec(QString::fromUtf8(Schema)));
    KIZUNA_TRY(db.exec(triggers()));
    // Index what an older database already holds (the triggers only see new writes).
    return db.exec(QStringLiteral(
        "UPDATE contacts SET family_name = family_name WHERE deleted_at IS NULL;"
        "UPDATE companies SET name = name WHERE deleted_at IS NULL;"
        "UPDATE deals SET title = title WHERE deleted_at IS NULL;"
        "UPDATE activities SET subject = subject WHERE deleted_at IS NULL;"));
}

} // namespace Kizuna::Storage
