// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactpage.h"

#include "core/model/personname.h"
#include "ui/common/editsession.h"
#include "ui/contacts/contactformfields.h"
#include "ui/contacts/recordpage.h"
#include "ui/recordextras/customfieldssection.h"
#include "ui/recordextras/tagbar.h"

namespace Kizuna::Ui {

RecordPage *makeContactPage(EditSession &session, QWidget *parent)
{
    const auto heading = [](const Model::FieldValues &values) {
        const auto text = [&values](const char *field) { return values.value(QString::fromLatin1(field)).toString(); };
        return qMakePair(Model::displayName(text("family_name"), text("given_name")),
                         Model::displayName(text("family_name_reading"), text("given_name_reading")));
    };
    auto *page = new RecordPage(session, QStringLiteral("contact"), makeContactForm(session.database(), nullptr),
                                Model::TimelineScope::Kind::Contact, heading, parent);
    page->addSection(new TagBar(session, QStringLiteral("contact")));
    page->addSection(new CustomFieldsSection(session, QStringLiteral("contact")));
    return page;
}

} // namespace Kizuna::Ui
