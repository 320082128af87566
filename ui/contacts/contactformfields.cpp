// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactformfields.h"

#include "core/model/entities.h"
#include "core/model/prefectures.h"
#include "ui/common/choicelabels.h"
#include "ui/common/recordform.h"

#include <QCompleter>
#include <QLineEdit>

namespace Kizuna::Ui {

RecordForm *makeContactForm(Storage::Database &db, QWidget *parent)
{
    auto *form = new RecordForm(db, QStringLiteral("contact"), parent);
    form->addLine(QStringLiteral("family_name"), RecordForm::tr("e.g. 山田 / Smith"));
    form->addLine(QStringLiteral("given_name"), RecordForm::tr("e.g. 太郎 / John"));
    form->addLine(QStringLiteral("family_name_reading"), RecordForm::tr("katakana or hiragana, e.g. ヤマダ"));
    form->addLine(QStringLiteral("given_name_reading"), RecordForm::tr("katakana or hiragana, e.g. タロウ"));
    form->requireOneOf({QStringLiteral("family_name"), QStringLiteral("given_name")},
                       RecordForm::tr("Enter a family name or a given name"));
    form->addLine(QStringLiteral("email"), QStringLiteral("name@example.co.jp"));
    form->addLine(QStringLiteral("phone"), QStringLiteral("03-1234-5678"));
    form->addLine(QStringLiteral("mobile"), QStringLiteral("090-1234-5678"));
    form->addCompanyField();
    form->addLine(QStringLiteral("department"));
    form->addLine(QStringLiteral("title"));
    form->addLine(QStringLiteral("postal_code"), QStringLiteral("150-0001"));
    QLineEdit *prefecture = form->addLine(QStringLiteral("prefecture"));
    auto *prefectures = new QCompleter(Model::japanesePrefectures(), prefecture);
    prefectures->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    prefecture->setCompleter(prefectures);
    form->addLine(QStringLiteral("city"));
    form->addLine(QStringLiteral("address_line"));
    form->addLine(QStringLiteral("birthday"), RecordForm::tr("YYYY-MM-DD"));
    form->addChoice(QStringLiteral("kind"), Model::Choices::contactKinds(), &ChoiceLabels::contactKind, false);
    form->addChoice(QStringLiteral("lifecycle_stage"), Model::Choices::lifecycleStages(),
                    &ChoiceLabels::lifecycleStage, false);
    form->addChoice(QStringLiteral("source"), Model::Choices::sourceChannels(), &ChoiceLabels::sourceChannel, true);
    form->addOwnerField();
    form->addNotes();
    form->load({});
    return form;
}

} // namespace Kizuna::Ui
