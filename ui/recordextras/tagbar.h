// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/tagassignments.h"
#include "ui/recordextras/recordsection.h"

#include <QList>

class QCompleter;
class QFrame;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace Kizuna::Ui {

class EditSession;
class FlowLayout;

// The tags of a contact or company on its page: a chip per tag with × to take it off, then a
// line to add one — completed from the existing tags; a name no tag has yet creates that tag.
// Each add or removal is written at once as one undo step; the bar follows undo and redo.
// A new record gets tags once it has been saved.
class TagBar final : public RecordSection
{
    Q_OBJECT

public:
    TagBar(EditSession &session, const QString &entity, QWidget *parent = nullptr);

    void load(const QString &recordId) override;

    // Tags the record with the tag of that name, creating the tag if there is none (what Return
    // in the add line does); false if nothing changed.
    bool addTagByName(const QString &name);
    // Takes the tag off the record (what × does).
    bool removeTag(const QString &tagId);

    QString recordId() const { return m_id; }
    QLineEdit *addField() const { return m_add; }
    QCompleter *completer() const { return m_completer; }
    // The names on the chips, in order.
    QStringList chipNames() const;
    // The × of the chip of that name (nullptr if there is none).
    QToolButton *removeButton(const QString &name) const;

private:
    void reload();
    void rebuildChips();
    QFrame *makeChip(const Model::Tag &tag);
    void recordChanged(const QString &entity, const QString &id);

    EditSession &m_session;
    QString m_entity;
    QString m_id;
    QList<Model::Tag> m_tags;
    QList<Model::Tag> m_all;
    FlowLayout *m_flow = nullptr;
    QList<QFrame *> m_chips;
    QLineEdit *m_add = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
};

} // namespace Kizuna::Ui
