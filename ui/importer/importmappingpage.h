// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importer/importstate.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// Second page (CSV): one row per column of the file — its header, the contact field it fills
// (suggested from the header, or the mapping remembered for this layout of file) and its first
// values.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { HeaderColumn, FieldColumn, ValuesColumn };

    ImportMappingPage(ImportState &state, Storage::Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The field combo of a column of the file.
    QComboBox *fieldBox(int column) const;
    bool usedRememberedLayout() const { return m_remembered; }

    void initializePage() override;
    bool validatePage() override;

    // The label of a mapping target ("full_name" → "Full name (split)").
    static QString targetLabel(const QString &entity, const QString &target);

private:
    Io::ColumnMapping initialMapping(QStringList &targets);

    ImportState &m_state;
    Storage::Database &m_db;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    bool m_remembered = false;
};

} // namespace Kizuna::Ui
