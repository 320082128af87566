// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kizuna::Ui {

// Translated labels for the stored field names of contacts and companies ("family_name" →
// "Family name" / 姓), as forms and the history view show them. An unknown name is returned
// unchanged.
class FieldLabels final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::FieldLabels)

public:
    static QString label(const QString &field);
    // The label of a field of one entity where it differs ("title" of a deal is its title, of a
    // contact the job title).
    static QString label(const QString &entity, const QString &field);
    // Translated name of a change-log operation ("insert" → "Created").
    static QString operation(const QString &op);
};

} // namespace Kizuna::Ui
