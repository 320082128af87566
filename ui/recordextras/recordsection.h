// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>
#include <QStringList>
#include <QWidget>

namespace Kizuna::Ui {

// A part of a record page's Details tab beyond its form (the tags, the custom fields). The page
// loads it with the record, counts its problems and changes for Save, and on Save writes it in
// the same undo step as the form.
class RecordSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows the section for a stored record (an empty id: a new record, not saved yet).
    virtual void load(const QString &recordId) = 0;
    // One line per problem, naming the field; the page refuses to save while there are any.
    virtual QStringList problems() const { return {}; }
    // Changes waiting for Save.
    virtual bool isModified() const { return false; }
    // Writes the changes for the record (just created, for a new one) through the edit session.
    virtual Status save(const QString & /*recordId*/) { return {}; }

Q_SIGNALS:
    // Something was typed or chosen (the page updates its buttons and problems).
    void edited();
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
};

} // namespace Kizuna::Ui
