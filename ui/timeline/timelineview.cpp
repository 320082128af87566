// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelineview.h"

#include "core/model/entities.h"
#include "ui/common/editsession.h"
#include "ui/timeline/activitycomposer.h"
#include "ui/timeline/timelinedelegate.h"
#include "ui/timeline/timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Kizuna::Ui {

TimelineView::TimelineView(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TimelineModel(session.database(), this))
    , m_filter(new QComboBox(this))
    , m_list(new QListView(this))
    , m_composer(new ActivityComposer(this))
{
    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->addItem(tr("Everything"), QStringList());
    m_filter->addItem(tr("Conversations"), Model::Choices::activityTypes());
    for (const QString &kind : Model::TimelineQuery::allKinds())
        m_filter->addItem(TimelineModel::kindLabel(kind), QStringList {kind});
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_composer);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);

    connect(m_composer, &ActivityComposer::logRequested, this, &TimelineView::logActivity);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TimelineView::applyFilter);
    connect(m_model, &TimelineModel::errorOccurred, this, &TimelineView::errorOccurred);
    connect(&m_session, &EditSession::recordChanged, this, [this](const QString &entity) {
        if (entity == u"activity" || entity == u"order" || entity == u"task" || entity == u"deal")
            m_model->reload();
    });
}

void TimelineView::setScope(const Model::TimelineScope &scope)
{
    m_model->setScope(scope);
}

void TimelineView::applyFilter()
{
    m_model->setKinds(m_filter->currentData().toStringList());
}

void TimelineView::logActivity()
{
    const Model::TimelineScope &scope = m_model->scope();
    if (scope.id.isEmpty())
        return;
    Model::FieldValues values = m_composer->values();
    switch (scope.kind) {
    case Model::TimelineScope::Kind::Contact:
        values.insert(QStringLiteral("contact_id"), scope.id);
        break;
    case Model::TimelineScope::Kind::Company:
        values.insert(QStringLiteral("company_id"), scope.id);
        break;
    case Model::TimelineScope::Kind::Deal:
        values.insert(QStringLiteral("deal_id"), scope.id);
        break;
    }
    const QString kind = TimelineModel::kindLabel(m_composer->kind());
    auto created = m_session.create(QStringLiteral("activity"), values, tr("Log %1").arg(kind));
    if (!created.ok()) {
        Q_EMIT errorOccurred(created.error().message);
        return;
    }
    m_composer->clear();
    m_composer->subjectEdit()->setFocus();
}

} // namespace Kizuna::Ui
