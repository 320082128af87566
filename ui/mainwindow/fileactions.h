// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace Kizuna::Ui {

class MainWindow;

// The File menu's work on whole files: export the list on screen (contacts or companies, with
// its filters, order and columns) as CSV, back the database up and restore it from a backup.
// Each runs in its dialog on a worker with progress and Cancel; the main window only hosts them.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow &window);

    // Adds Export List…, Back Up… and Restore… to `menu`.
    void addTo(QMenu *menu);

    void exportList();
    void backUp();
    void restore();

private:
    MainWindow &m_window;
};

} // namespace Kizuna::Ui
