// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companypage.h"

#include "core/model/personname.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/choicelabels.h"
#include "ui/common/editsession.h"
#include "ui/companies/companyformfields.h"
#include "ui/contacts/recordpage.h"
#include "ui/recordextras/customfieldssection.h"
#include "ui/recordextras/tagbar.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

CompanyContactsView::CompanyContactsView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("companyContacts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Name"), tr("Reading"), tr("Department"), tr("Job title"), tr("Email"), tr("Stage")});
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT contactActivated(item->data(0, Qt::UserRole).toString()); });
}

void CompanyContactsView::setCompany(const QString &id)
{
    m_tree->clear();
    if (id.isEmpty())
        return;
    auto statement = m_db.cached(
        "SELECT id, family_name, given_name, family_name_reading, given_name_reading, department, title, email, "
        "lifecycle_stage FROM contacts WHERE company_id = ?1 AND deleted_at IS NULL "
        "ORDER BY family_name_reading, given_name_reading, id LIMIT ?2");
    if (!statement.ok()) {
        Q_EMIT errorOccurred(statement.error().message);
        return;
    }
    Storage::Statement &s = **statement;
    s.bind(1, id);
    s.bind(2, Limit);
    QList<QTreeWidgetItem *> items;
    const Status status = s.forEachRow([&] {
        auto *item = new QTreeWidgetItem({Model::displayName(s.columnText(1), s.columnText(2)),
                                          Model::displayName(s.columnText(3), s.columnText(4)), s.columnText(5),
                                          s.columnText(6), s.columnText(7),
                                          ChoiceLabels::lifecycleStage(s.columnText(8))});
        item->setData(0, Qt::UserRole, s.columnText(0));
        items << item;
    });
    if (!status.ok())
        Q_EMIT errorOccurred(status.error().message);
    m_tree->addTopLevelItems(items);
    for (int column = 0; column < 4; ++column)
        m_tree->resizeColumnToContents(column);
}

RecordPage *makeCompanyPage(EditSession &session, QWidget *parent)
{
    const auto heading = [](const Model::FieldValues &values) {
        return qMakePair(values.value(QStringLiteral("name")).toString(),
                         values.value(QStringLiteral("name_reading")).toString());
    };
    auto *page = new RecordPage(session, QStringLiteral("company"), makeCompanyForm(session.database(), nullptr),
                                Model::TimelineScope::Kind::Company, heading, parent);
    page->addSection(new TagBar(session, QStringLiteral("company")));
    page->addSection(new CustomFieldsSection(session, QStringLiteral("company")));
    auto *contacts = new CompanyContactsView(session.database(), page);
    page->tabs()->addTab(contacts, RecordPage::tr("&People"));
    QObject::connect(page, &RecordPage::recordShown, contacts, &CompanyContactsView::setCompany);
    QObject::connect(contacts, &CompanyContactsView::errorOccurred, page, &RecordPage::errorOccurred);
    QObject::connect(&session, &EditSession::recordChanged, contacts,
                     [page, contacts](const QString &entity) {
                         if (entity == u"contact" && !page->recordId().isEmpty())
                             contacts->setCompany(page->recordId());
                     });
    return page;
}

} // namespace Kizuna::Ui
