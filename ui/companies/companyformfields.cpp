// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companyformfields.h"

#include "core/model/prefectures.h"
#include "ui/common/recordform.h"

#include <QCompleter>
#include <QLineEdit>

namespace Kizuna::Ui {

RecordForm *makeCompanyForm(Storage::Database &db, QWidget *parent)
{
    auto *form = new RecordForm(db, QStringLiteral("company"), parent);
    form->addLine(QStringLiteral("name"), RecordForm::tr("e.g. 株式会社サンプル商事"));
    form->addLine(QStringLiteral("name_reading"), RecordForm::tr("katakana or hiragana, e.g. サンプルショウジ"));
    form->requireOneOf({QStringLiteral("name")}, RecordForm::tr("Enter the company's name"));
    form->addLine(QStringLiteral("domain"), QStringLiteral("example.co.jp"));
    form->addLine(QStringLiteral("industry"));
    form->addLine(QStringLiteral("size"));
    form->addLine(QStringLiteral("phone"), QStringLiteral("03-1234-5678"));
    form->addLine(QStringLiteral("postal_code"), QStringLiteral("150-0001"));
    QLineEdit *prefecture = form->addLine(QStringLiteral("prefecture"));
    auto *prefectures = new QCompleter(Model::japanesePrefectures(), prefecture);
    prefectures->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    prefecture->setCompleter(prefectures);
    form->addLine(QStringLiteral("city"));
    form->addLine(QStringLiteral("address_line"));
    form->addOwnerField();
    form->addNotes();
    form->load({});
    return form;
}

} // namespace Kizuna::Ui
