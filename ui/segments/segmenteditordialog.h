// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentrule.h"
#include "core/storage/result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Kizuna::Ui {

class EditSession;
class SegmentCounter;
class SegmentRuleEditor;

// Saved segments in the desktop: the list of them on the left; on the right the chosen one's
// name and rule (all or any of a list of conditions) with a live count of the contacts that
// match, counted on a worker as the rule is edited. New, Save (creates, or renames and changes
// the chosen one) and Delete (to the Trash, after a confirmation). Segments are saved through
// the session's record store, so each change is in the change log, but not on the undo stack.
class SegmentEditorDialog final : public QDialog {
    Q_OBJECT

public:
    // Asks the user a yes/no question (replaced in tests); true: go ahead.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;

    explicit SegmentEditorDialog(EditSession &session, QWidget *parent = nullptr);
    ~SegmentEditorDialog() override;

    // Shows a saved segment (false if there is none with that id); an empty id starts a new one.
    bool showSegment(const QString &id);
    void startNew();
    // Saves the segment on screen: true when saved.
    bool save();
    // Moves the segment on screen to the Trash after asking: true when deleted.
    bool deleteSegment();

    QString segmentId() const { return m_id; } // empty: a new segment, not saved yet
    bool isModified() const { return m_modified; }
    // The count of the rule on screen, once the worker has answered for it.
    std::optional<qint64> matchCount() const { return m_count; }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    QListWidget *segmentList() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    SegmentRuleEditor *ruleEditor() const { return m_rule; }
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *newButton() const { return m_new; }

Q_SIGNALS:
    // A segment was saved or deleted (its id): the filters list the segments again.
    void segmentsChanged(const QString &segmentId);
    // The count label shows a new number (or an error).
    void countUpdated();

public Q_SLOTS:
    void reject() override;

private:
    void reloadList(const QString &selectId);
    void listSelectionChanged();
    void edited();
    void startCount();
    void showCount(qint64 members);
    void showError(const QString &message);
    void updateButtons();
    bool confirmDiscard();
    Result<Segments::SegmentRule> currentRule() const;

    EditSession &m_session;
    SegmentCounter *m_counter = nullptr;
    QTimer *m_countDelay = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_name = nullptr;
    SegmentRuleEditor *m_rule = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    Confirmation m_confirm;
    QString m_id;
    Segments::SegmentRule m_storedRule; // kept when the editor cannot show the rule
    std::optional<qint64> m_count;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace Kizuna::Ui
