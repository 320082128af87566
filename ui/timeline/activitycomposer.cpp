// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/activitycomposer.h"

#include "core/storage/clock.h"
#include "ui/timeline/timelinemodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace Kizuna::Ui {

ActivityComposer::ActivityComposer(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_when(new QDateTimeEdit(this))
    , m_log(new QPushButton(tr("&Log"), this))
{
    setObjectName(QStringLiteral("activityComposer"));
    for (const QString &kind : kinds())
        m_kind->addItem(TimelineModel::kindLabel(kind), kind);
    m_kind->setObjectName(QStringLiteral("composerKind"));
    m_kind->setToolTip(tr("What happened"));
    m_direction->addItem(tr("Outgoing"), QStringLiteral("out"));
    m_direction->addItem(tr("Incoming"), QStringLiteral("in"));
    m_direction->setToolTip(tr("Who reached out: you (outgoing) or the customer (incoming)"));
    m_subject->setObjectName(QStringLiteral("composerSubject"));
    m_subject->setPlaceholderText(tr("Subject — what was it about?"));
    m_subject->setClearButtonEnabled(true);
    m_body->setObjectName(QStringLiteral("composerBody"));
    m_body->setPlaceholderText(tr("Details (optional)"));
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_subject->sizeHint().height() * 2 + 6);
    m_when->setObjectName(QStringLiteral("composerTime"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    resetTime();
    m_log->setObjectName(QStringLiteral("composerLog"));
    m_log->setToolTip(tr("Add it to the timeline (Ctrl+Return)"));
    m_log->setDefault(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_kind, 0, 0);
    grid->addWidget(m_direction, 0, 1);
    grid->addWidget(m_subject, 0, 2);
    grid->addWidget(m_when, 0, 3);
    grid->addWidget(m_body, 1, 0, 1, 3);
    grid->addWidget(m_log, 1, 3, Qt::AlignTop);
    grid->setColumnStretch(2, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = this->kind();
        m_direction->setEnabled(kind == u"call" || kind == u"email");
    });
    connect(m_subject, &QLineEdit::textChanged, this, &ActivityComposer::updateLogButton);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ActivityComposer::updateLogButton);
    connect(m_log, &QPushButton::clicked, this, &ActivityComposer::logRequested);
    connect(m_subject, &QLineEdit::returnPressed, m_log, &QPushButton::click);
    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submit, &QShortcut::activated, m_log, &QPushButton::click);
    updateLogButton();
}

QStringList ActivityComposer::kinds()
{
    return {QStringLiteral("call"),    QStringLiteral("email"),     QStringLiteral("meeting"),
            QStringLiteral("visit"),   QStringLiteral("note"),      QStringLiteral("complaint"),
            QStringLiteral("feedback")};
}

void ActivityComposer::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

QString ActivityComposer::kind() const
{
    return m_kind->currentData().toString();
}

Model::FieldValues ActivityComposer::values() const
{
    Model::FieldValues values;
    values.insert(QStringLiteral("type"), kind());
    values.insert(QStringLiteral("subject"), m_subject->text().trimmed());
    values.insert(QStringLiteral("body"), m_body->toPlainText().trimmed());
    // Untouched, the time field means "now" to the second, not to the minute it shows.
    const bool untouched = m_when->dateTime() == m_shownTime;
    values.insert(QStringLiteral("occurred_at"),
                  Storage::toStoredTimestamp(untouched ? QDateTime::currentDateTime() : m_when->dateTime()));
    if (m_direction->isEnabled())
        values.insert(QStringLiteral("direction"), m_direction->currentData());
    return values;
}

void ActivityComposer::clear()
{
    m_subject->clear();
    m_body->clear();
    resetTime();
}

void ActivityComposer::resetTime()
{
    m_when->setDateTime(QDateTime::currentDateTime());
    m_shownTime = m_when->dateTime();
}

void ActivityComposer::updateLogButton()
{
    m_log->setEnabled(!m_subject->text().trimmed().isEmpty() || !m_body->toPlainText().trimmed().isEmpty());
}

} // namespace Kizuna::Ui
