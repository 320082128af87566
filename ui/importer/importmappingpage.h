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

// Second page (CSV): one row per column of the file — its header, the field it fills (suggested
// from the header, or the mapping remembered for this layout of file) and its first values. For
// orders also the format of the dates.
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
    // Orders: the format of the dates (suggested from the first values of the date column).
    QComboBox *dateFormatBox() const { return m_dateFormat; }
    // Why the page cannot go on (an order file without a date column …); empty when it can.
    QLabel *problemLabel() const { return m_problem; }

    void initializePage() override;
    bool validatePage() override;

    // The label of a mapping target ("full_name" → "Full name (split)").
    static QString targetLabel(const QString &entity, const QString &target);

private:
    Io::ColumnMapping initialMapping(QStringList &targets);
    Io::ColumnMapping chosenMapping() const;
    void suggestDateFormat();

    ImportState &m_state;
    Storage::Database &m_db;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QWidget *m_dateRow = nullptr;
    qsizetype m_dateColumn = -1; // the column the date format was suggested for
    bool m_remembered = false;
};

} // namespace Kizuna::Ui
