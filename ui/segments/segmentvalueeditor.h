// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentfield.h"
#include "core/storage/result.h"

#include <QList>
#include <QVariantList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The value part of one condition of a segment rule, fitted to the field and operator: a combo
// box with translated labels for choices (kind, stage, source, RFM class, owner, yes/no), a
// date edit for dates, a text field otherwise (with the prefectures, tags, categories or SKUs
// offered as completions), two of them for "between", a menu of check boxes or a comma-separated
// list for "any of" / "none of", nothing for "is empty". Short lists (owners, tags …) are read
// on the UI thread's connection when the editor is configured.
class SegmentValueEditor final : public QWidget {
    Q_OBJECT

public:
    SegmentValueEditor(Storage::Database &db, QWidget *parent = nullptr);

    // Rebuilds the inputs for the field and operator; a value typed before stays where it fits.
    void configure(const Segments::SegmentField &field, Segments::SegmentOperator op);
    // The values as a rule takes them; an error (without the condition's number) when a value
    // is missing or names no record (a company that does not exist).
    Result<QVariantList> values() const;
    void setValues(const QVariantList &values);
    // The inputs shown (none, one, or two for "between"), for tests and focus.
    QList<QWidget *> inputs() const;

Q_SIGNALS:
    void edited();

private:
    struct Input {
        QWidget *widget = nullptr;
        std::function<Result<QVariant>()> read; // an invalid QVariant: left empty
        std::function<void(const QVariant &)> write;
    };
    using Options = QList<std::pair<QVariant, QString>>;

    Options optionsFor(const Segments::SegmentField &field) const;
    QStringList completionsFor(const Segments::SegmentField &field) const;
    Result<QVariant> convert(const QString &text) const; // typed text → stored value
    QVariant shown(const QVariant &value) const;         // stored value → typed text
    Input single(const Options &options);
    Input multiChoice(const Options &options);
    Input list();
    void clearInputs();

    Storage::Database &m_db;
    Segments::SegmentField m_field;
    Segments::SegmentOperator m_op = Segments::SegmentOperator::Equals;
    QHBoxLayout *m_layout = nullptr;
    QList<Input> m_inputs;
    QLabel *m_and = nullptr;
};

} // namespace Kizuna::Ui
