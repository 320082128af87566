// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Kizuna::Ui {

class EditSession;
class RecordPage;

// The page of one contact: name and reading (family name first) as the heading, the contact
// form, the contact's timeline and its history.
RecordPage *makeContactPage(EditSession &session, QWidget *parent);

} // namespace Kizuna::Ui
