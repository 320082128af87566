// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importer/importstate.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Kizuna::Ui {

// First page: the file to import (CSV or vCard). The encoding is detected and shown, and can be
// overridden; for CSV the delimiter and the header row are shown.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportState &state, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *entityBox() const { return m_entity; }
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

    ImportState &m_state;
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_entity = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_details = nullptr;
    bool m_readable = false;
};

} // namespace Kizuna::Ui
