// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/recordimport.h"
#include "core/io/recordlookup.h"

#include <memory>

namespace Kizuna::Io {

// Activities (calls, emails, meetings, visits, notes …) from CSV. Each row needs a type (the
// stored key or a word: 電話 → call, メール → email, 打ち合わせ/会議 → meeting, 訪問 → visit,
// メモ → note …), a date or date and time (local, stored UTC), and a record it belongs to,
// found among the existing ones:
//   contact_email  a contact by email (normalised, case folded),
//   contact_phone  else by phone or mobile number (digits, +81 as 0),
//   contact_name   else by name (family and given name in either order, width/kana folded);
//   company        a company by name (companyKey: 株式会社 … ignored);
//   deal           a deal by title.
// A value that finds no record, or several, rejects the row naming the value. Without a
// company column the activity takes its contact's (or deal's) company. Two activities are the
// same when they have one contact (else company, else deal), type, time and subject.
class ActivityImportRules final : public RecordImportRules
{
public:
    ActivityImportRules();
    ~ActivityImportRules() override;

    const Model::EntityDef &entity() const override;
    const QList<ImportTarget> &targets() const override { return m_targets; }
    Status checkMapping(const ColumnMapping &mapping) const override;
    QString choiceKey(const QString &field, const QString &text) const override;
    Status begin(Storage::Database &db, const ColumnMapping &mapping) override;
    Result<bool> complete(RecordRow &row, QList<RejectedRow> &rejected) override;
    QStringList keyFields() const override;
    QStringList duplicateKeys(const QList<QVariant> &keyValues) const override;
    bool keepsValue(const QString &) const override { return false; }

private:
    struct Link;
    Result<bool> linkContact(RecordRow &row, QList<RejectedRow> &rejected);
    Result<bool> linkOther(RecordRow &row, const QString &target, QList<RejectedRow> &rejected);
    bool required(RecordRow &row, const QString &field, const QString &problem, QList<RejectedRow> &rejected) const;

    QList<ImportTarget> m_targets;
    ColumnMapping m_mapping;
    std::unique_ptr<RecordLookup> m_contacts;
    std::unique_ptr<RecordLookup> m_companies;
    std::unique_ptr<RecordLookup> m_deals;
    qsizetype m_contactId = -1, m_companyId = -1, m_dealId = -1;
};

} // namespace Kizuna::Io
