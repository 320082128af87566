// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/recordimport.h"

namespace Kizuna::Io {

// Companies from CSV: the name is required; the reading, domain (a web address reduced to its
// host), industry, size, phone, address and notes are optional. Two companies are the same
// when their names fold to one companyKey (株式会社, (株), Inc. … ignored) or they have one
// domain.
class CompanyImportRules final : public RecordImportRules
{
public:
    CompanyImportRules();

    const Model::EntityDef &entity() const override;
    const QList<ImportTarget> &targets() const override { return m_targets; }
    Status checkMapping(const ColumnMapping &mapping) const override;
    QString choiceKey(const QString &field, const QString &text) const override;
    Status begin(Storage::Database &db, const ColumnMapping &mapping) override;
    Result<bool> complete(RecordRow &row, QList<RejectedRow> &rejected) override;
    QStringList keyFields() const override;
    QStringList duplicateKeys(const QList<QVariant> &keyValues) const override;
    bool keepsValue(const QString &field) const override;

private:
    QList<ImportTarget> m_targets;
    QString m_nameHeader;
    qsizetype m_name = -1;
};

} // namespace Kizuna::Io
