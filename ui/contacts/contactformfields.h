// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class RecordForm;

// The contact form: name and reading (family name first), email and phones, company,
// department and title, address, birthday, kind, lifecycle stage, source, owner and notes.
RecordForm *makeContactForm(Storage::Database &db, QWidget *parent);

} // namespace Kizuna::Ui
