// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/searchhit.h"

#include <QLineEdit>

class QTimer;
class QTreeWidget;

namespace Kizuna::Search {
class SearchService;
}

namespace Kizuna::Ui {

// The one search field of the window (Ctrl+K): finds contacts, companies, deals and activity
// text as you type, on a worker thread (SearchService), and lists the ranked hits in a popup
// under the field. Up/Down choose, Return opens, Escape closes. Results of a query overtaken by
// further typing never show.
class GlobalSearchField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit GlobalSearchField(QWidget *parent = nullptr);
    ~GlobalSearchField() override;

    // Searches this database from now on (empty: nothing to search).
    void setDatabasePath(const QString &path);

    QTreeWidget *popup() const { return m_popup; }
    const Search::SearchHits &hits() const { return m_hits; }
    // The query whose hits are shown.
    QString shownQuery() const { return m_shownQuery; }

    // Opens the hit in row `row` of the popup.
    void choose(int row);

Q_SIGNALS:
    void recordChosen(const QString &entity, const QString &id);
    void searchFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startSearch();
    void showHits(const QString &query, const Search::SearchHits &hits);
    void showPopup();

    Search::SearchService *m_service = nullptr;
    QTreeWidget *m_popup = nullptr;
    QTimer *m_debounce = nullptr;
    Search::SearchHits m_hits;
    QString m_shownQuery;
};

} // namespace Kizuna::Ui
