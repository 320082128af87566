// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "ui/common/displayformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace {
const auto LanguageKey = QStringLiteral("ui/language");
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_date(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_sample(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(LanguageKey).toString())));

    m_date->setObjectName(QStringLiteral("settingsDateFormat"));
    m_date->addItem(tr("As the language (short)"), int(DisplayFormat::DateStyle::Locale));
    m_date->addItem(tr("ISO 8601 (2026-04-01 09:30)"), int(DisplayFormat::DateStyle::Iso));
    m_date->addItem(tr("Japanese (2026年4月1日 9:30)"), int(DisplayFormat::DateStyle::Japanese));
    m_date->setCurrentIndex(qMax(0, m_date->findData(int(DisplayFormat::dateStyle()))));

    m_currency->setObjectName(QStringLiteral("settingsCurrency"));
    for (const auto &[code, label] : DisplayFormat::currencies())
        m_currency->addItem(label, code);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(DisplayFormat::currency())));

    m_sample->setObjectName(QStringLiteral("settingsSample"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Dates and times:"), m_date);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("Example:"), m_sample);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateSample);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateSample);
    updateSample();
}

void SettingsDialog::updateSample()
{
    const QDateTime when(QDate(2026, 4, 1), QTime(9, 30));
    const QLocale locale;
    QString text;
    switch (DisplayFormat::DateStyle(m_date->currentData().toInt())) {
    case DisplayFormat::DateStyle::Iso:
        text = when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        break;
    case DisplayFormat::DateStyle::Japanese:
        text = when.toString(QStringLiteral("yyyy年M月d日 H:mm"));
        break;
    case DisplayFormat::DateStyle::Locale:
        text = locale.toString(when, QLocale::ShortFormat);
        break;
    }
    const QString code = m_currency->currentData().toString();
    const QString symbol = code == u"USD" ? QStringLiteral("$") : code == u"EUR" ? QStringLiteral("€") : QStringLiteral("¥");
    m_sample->setText(text + u"  ·  " + locale.toCurrencyString(12345.0, symbol, code == u"JPY" ? 0 : 2));
}

bool SettingsDialog::apply()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != settings.value(LanguageKey).toString();
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
    DisplayFormat::setDateStyle(DisplayFormat::DateStyle(m_date->currentData().toInt()));
    DisplayFormat::setCurrency(m_currency->currentData().toString());
    return languageChanged;
}

} // namespace Kizuna::Ui
