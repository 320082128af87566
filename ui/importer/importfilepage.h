// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importer/importstate.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Kizuna::Ui {

// First page: the file to import (CSV or vCard) and what it holds. The encoding is detected and
// shown, and can be overridden; for CSV the delimiter is detected (spaces too, as in fixed-width
// text) or chosen, and an order file may have no header row.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportState &state, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *entityBox() const { return m_entity; }
    // Detected (Auto), comma, semicolon, tab or spaces.
    QComboBox *separatorBox() const { return m_separator; }
    // Orders: whether the first line names the columns.
    QCheckBox *headerBox() const { return m_header; }
    QLabel *detectedLabel() const { return m_detected; }
    // What was read: the delimiter and columns, or why the file cannot be read in the encoding.
    QLabel *detailsLabel() const { return m_details; }

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();
    void detect();
    void readHeaders();
    void entityChanged();
    Io::CsvSeparator chooseSeparator(const QByteArray &start) const;

    ImportState &m_state;
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_separator = nullptr;
    QCheckBox *m_header = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_details = nullptr;
    bool m_readable = false;
};

} // namespace Kizuna::Ui
