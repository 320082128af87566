// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/duplicates/duplicatepairquery.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Kizuna::Ui {

class EditSession;
class MergePanel;

// Contacts ▸ Duplicates: the candidate pairs (score, reasons, both names, emails and phones),
// found on a worker thread; selecting a pair compares the two contacts field by field in a merge
// panel. Merge is an edit on the window's undo stack (Ctrl+Z puts both contacts back); "Not a
// duplicate" hides the pair until the window is closed.
class DuplicatesView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { ScoreColumn, ReasonsColumn, FirstColumn, SecondColumn };

    explicit DuplicatesView(EditSession &session, QWidget *parent = nullptr);
    ~DuplicatesView() override;

    // Looks for duplicates again (asynchronously; loaded() when done).
    void reload();

    QTreeWidget *tree() const { return m_tree; }
    MergePanel *mergePanel() const { return m_panel; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *notDuplicateButton() const { return m_notDuplicate; }
    QPushButton *swapButton() const { return m_swap; }
    const QList<DuplicatePairRow> &pairs() const { return m_pairs; }

    // Selects the pair at a row of the list.
    void selectPair(int row);
    // Merges the selected pair with the panel's choices; false when nothing was merged.
    bool mergeSelected();
    void hideSelected();
    // Keeps the other contact of the selected pair instead (the older one is kept by default).
    void swapSelected();

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPairs(const QList<DuplicatePairRow> &pairs);
    void showSelected();
    const DuplicatePairRow *selectedPair() const;
    static QString pairKey(const Dedupe::DuplicatePair &pair);

    EditSession &m_session;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    MergePanel *m_panel = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_notDuplicate = nullptr;
    QPushButton *m_swap = nullptr;
    QSet<QString> m_swapped; // pairs whose newer contact is kept
    QList<DuplicatePairRow> m_pairs;
    QSet<QString> m_hidden;
    quint64 m_generation = 0;
    bool m_loadedOnce = false;
};

} // namespace Kizuna::Ui
