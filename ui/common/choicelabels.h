// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kizuna::Ui {

// Translated labels for the choice keys stored in the database ("customer" → "Customer" /
// 顧客). An unknown key is returned unchanged, so nothing is ever hidden.
class ChoiceLabels final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::ChoiceLabels)

public:
    static QString contactKind(const QString &key);
    static QString lifecycleStage(const QString &key);
    static QString sourceChannel(const QString &key);
    // A kind of record: "contact" → "Contact" / 連絡先.
    static QString entity(const QString &key);
};

} // namespace Kizuna::Ui
