// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactlistmenu.h"

#include "core/model/entities.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/choicelabels.h"
#include "ui/common/editsession.h"
#include "ui/contacts/contactbulkedit.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

namespace Kizuna::Ui {

ContactListMenu::ContactListMenu(EditSession &session, ContactListView *view)
    : QObject(view)
    , m_session(session)
    , m_view(view)
{
    QTableView *table = view->tableView();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableView::customContextMenuRequested, this, [this, table](const QPoint &position) {
        if (selectedIds().isEmpty())
            return;
        QMenu *menu = createMenu();
        menu->exec(table->viewport()->mapToGlobal(position));
        delete menu;
    });
    auto *trash = new QAction(tr("Move to Trash"), table);
    trash->setObjectName(QStringLiteral("contactsMoveToTrash"));
    trash->setShortcut(QKeySequence::Delete);
    trash->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(trash);
    connect(trash, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            report(ContactBulkEdit::moveToTrash(m_session, ids,
                                                tr("Move %n contact(s) to the Trash", nullptr, int(ids.size()))),
                   tr("%n contact(s) moved to the Trash; Edit ▸ Undo brings them back", nullptr, int(ids.size())));
    });
}

QStringList ContactListMenu::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_view->model()->row(index.row()).id;
    return ids;
}

void ContactListMenu::report(const Result<int> &result, const QString &done)
{
    if (!result.ok())
        Q_EMIT errorOccurred(result.error().message);
    else
        Q_EMIT statusMessage(done);
}

QMenu *ContactListMenu::createMenu()
{
    const QStringList ids = selectedIds();
    const int count = int(ids.size());
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("contactBulkMenu"));
    const auto addChoices = [&](const QString &title, const QString &field, const QList<QPair<QString, QString>> &choices) {
        QMenu *sub = menu->addMenu(title);
        sub->setObjectName(u"bulk_" + field);
        for (const auto &[key, label] : choices) {
            QAction *action = sub->addAction(label.isEmpty() ? tr("(none)") : label);
            action->setData(key);
            connect(action, &QAction::triggered, this, [this, ids, field, key, label, count] {
                report(ContactBulkEdit::setField(m_session, ids, field, key.isEmpty() ? QVariant() : QVariant(key),
                                                 tr("Set %1 of %n contact(s)", nullptr, count).arg(label)),
                       tr("%n contact(s) updated", nullptr, count));
            });
        }
    };
    QList<QPair<QString, QString>> stages, kinds, owners, tags;
    for (const QString &key : Model::Choices::lifecycleStages())
        stages.append({key, ChoiceLabels::lifecycleStage(key)});
    for (const QString &key : Model::Choices::contactKinds())
        kinds.append({key, ChoiceLabels::contactKind(key)});
    const auto read = [this](const char *sql, QList<QPair<QString, QString>> &into) {
        if (auto rows = m_session.database().prepare(QString::fromUtf8(sql)); rows.ok())
            (void)rows->forEachRow([&] { into.append({rows->columnText(0), rows->columnText(1)}); });
    };
    read("SELECT id, name FROM users WHERE deleted_at IS NULL ORDER BY name", owners);
    read("SELECT id, name FROM tags WHERE deleted_at IS NULL ORDER BY name", tags);
    addChoices(tr("Set &Stage"), QStringLiteral("lifecycle_stage"), stages);
    addChoices(tr("Set &Kind"), QStringLiteral("kind"), kinds);
    owners.prepend({QString(), QString()});
    addChoices(tr("Set &Owner"), QStringLiteral("owner_id"), owners);
    QMenu *tagMenu = menu->addMenu(tr("Add &Tag"));
    tagMenu->setObjectName(QStringLiteral("bulk_tag"));
    for (const auto &[id, name] : tags) {
        QAction *action = tagMenu->addAction(name);
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, ids, id = id, name = name, count] {
            report(ContactBulkEdit::addTag(m_session, ids, id, tr("Tag %n contact(s) %1", nullptr, count).arg(name)),
                   tr("%n contact(s) tagged", nullptr, count));
        });
    }
    tagMenu->setEnabled(!tags.isEmpty());
    menu->addSeparator();
    QAction *trash = m_view->tableView()->findChild<QAction *>(QStringLiteral("contactsMoveToTrash"));
    if (trash)
        menu->addAction(trash);
    return menu;
}

} // namespace Kizuna::Ui
