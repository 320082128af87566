// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class RecordForm;

// The company form: name and reading, web domain, industry, size, phone, address, owner, notes.
RecordForm *makeCompanyForm(Storage::Database &db, QWidget *parent);

} // namespace Kizuna::Ui
