// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/choicelabels.h"

namespace Kizuna::Ui {

QString ChoiceLabels::contactKind(const QString &key)
{
    if (key == u"lead")
        return tr("Lead", "contact kind");
    if (key == u"customer")
        return tr("Customer", "contact kind");
    if (key == u"partner")
        return tr("Partner", "contact kind");
    if (key == u"other")
        return tr("Other", "contact kind");
    return key;
}

QString ChoiceLabels::lifecycleStage(const QString &key)
{
    if (key == u"subscriber")
        return tr("Subscriber", "lifecycle stage");
    if (key == u"lead")
        return tr("Lead", "lifecycle stage");
    if (key == u"qualified_lead")
        return tr("Qualified lead", "lifecycle stage");
    if (key == u"opportunity")
        return tr("Opportunity", "lifecycle stage");
    if (key == u"customer")
        return tr("Customer", "lifecycle stage");
    if (key == u"evangelist")
        return tr("Evangelist", "lifecycle stage");
    if (key == u"churned")
        return tr("Churned", "lifecycle stage");
    return key;
}

QString ChoiceLabels::sourceChannel(const QString &key)
{
    if (key == u"web_form")
        return tr("Web form", "source channel");
    if (key == u"event")
        return tr("Event", "source channel");
    if (key == u"referral")
        return tr("Referral", "source channel");
    if (key == u"ad")
        return tr("Advertisement", "source channel");
    if (key == u"sns")
        return tr("Social media", "source channel");
    if (key == u"line")
        return tr("LINE", "source channel");
    if (key == u"walk_in")
        return tr("Walk-in", "source channel");
    if (key == u"import")
        return tr("Import", "source channel");
    if (key == u"other")
        return tr("Other", "source channel");
    return key;
}

QString ChoiceLabels::entity(const QString &key)
{
    if (key == u"contact")
        return tr("Contact", "kind of record");
    if (key == u"company")
        return tr("Company", "kind of record");
    if (key == u"deal")
        return tr("Deal", "kind of record");
    if (key == u"activity")
        return tr("Activity", "kind of record");
    return key;
}

} // namespace Kizuna::Ui
