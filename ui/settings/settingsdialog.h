// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Kizuna::Ui {

// Preferences (Edit ▸ Settings…, Ctrl+,): the language of the user interface, how dates and
// times are shown and the currency of amounts (at once, everywhere).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *dateBox() const { return m_date; }
    QComboBox *currencyBox() const { return m_currency; }

    // Stores the choices; true if the language changed (the main window then switches to it).
    bool apply();

private:
    void updateSample();

    QComboBox *m_language = nullptr;
    QComboBox *m_date = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_sample = nullptr;
};

} // namespace Kizuna::Ui
