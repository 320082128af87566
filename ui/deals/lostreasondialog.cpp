// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/lostreasondialog.h"

#include "core/sales/lostreasonlist.h"
#include "ui/common/editsession.h"
#include "ui/deals/undoablestep.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kizuna::Ui {

LostReasonDialog::LostReasonDialog(EditSession &session, const QString &dealTitle, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_newReason(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Mark “%1” as lost").arg(dealTitle));
    m_list->setObjectName(QStringLiteral("lostReasons"));
    m_newReason->setObjectName(QStringLiteral("newLostReason"));
    m_newReason->setPlaceholderText(tr("a new reason, e.g. 予算不足"));
    m_add->setObjectName(QStringLiteral("addLostReason"));
    m_add->setEnabled(false);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark &lost"));

    auto *label = new QLabel(tr("&Why was the deal lost?"), this);
    label->setBuddy(m_list);
    auto *newLabel = new QLabel(tr("&New reason:"), this);
    newLabel->setBuddy(m_newReason);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(newLabel);
    addRow->addWidget(m_newReason, 1);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_newReason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    // Enter in the new-reason field adds it rather than closing the dialog (see eventFilter).
    m_newReason->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &LostReasonDialog::addReason);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadReasons({});
}

void LostReasonDialog::loadReasons(const QString &select)
{
    m_list->clear();
    auto *none = new QListWidgetItem(tr("(no reason given)"), m_list);
    none->setData(Qt::UserRole, QString());
    auto reasons = Sales::LostReasonList(m_session.store()).reasons();
    if (!reasons.ok()) {
        m_problem->setText(reasons.error().message);
        m_problem->show();
        return;
    }
    for (const Sales::LostReason &reason : *reasons) {
        auto *item = new QListWidgetItem(reason.name, m_list);
        item->setData(Qt::UserRole, reason.id);
        if (reason.id == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
}

void LostReasonDialog::addReason()
{
    const QString name = m_newReason->text().trimmed();
    if (name.isEmpty())
        return;
    auto list = std::make_shared<Sales::LostReasonList>(m_session.store());
    auto added = performRecorded<QString>(
        m_session, tr("Add lost reason “%1”").arg(name), QStringLiteral("lost_reason"), QString(),
        [list, name] { return list->add(name); }, [list](const QString &id) { return list->restore(id); },
        [list](const QString &id) { return list->remove(id); });
    if (!added.ok()) {
        m_problem->setText(added.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_newReason->clear();
    loadReasons(*added);
    m_list->setFocus();
}

bool LostReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newReason && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Not passed on: the dialog would take it for its default button and close.
            addReason();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString LostReasonDialog::reasonId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool LostReasonDialog::choose(EditSession &session, const QString &dealTitle, QWidget *parent, QString *reasonId)
{
    LostReasonDialog dialog(session, dealTitle, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *reasonId = dialog.reasonId();
    return true;
}

} // namespace Kizuna::Ui
