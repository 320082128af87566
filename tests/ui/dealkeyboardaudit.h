// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard audit of a shown window for the sales screens' tests: the Alt+letter mnemonics that
// more than one visible, enabled control answers to (Qt would then only cycle the focus between
// them instead of acting), and the visible, enabled buttons that Tab cannot reach.
#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace DealKeyboardAudit {

// The letter after a single '&' in `text` (upper-case), or an empty string.
inline QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

inline bool active(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && widget->isEnabled();
}

// "W: Mark &won | Mark &wonder" for every letter that two or more controls use.
inline QStringList ambiguousMnemonics(const QWidget *window)
{
    QMap<QString, QStringList> users;
    auto note = [&users](const QString &text) {
        const QString letter = mnemonic(text);
        if (!letter.isEmpty())
            users[letter] << text;
    };
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (active(button, window))
            note(button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (active(label, window) && label->buddy() && label->buddy()->isEnabled())
            note(label->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (active(box, window))
            note(box->title());
    }
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!active(bar, window))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabEnabled(i))
                note(bar->tabText(i));
        }
    }
    QStringList ambiguous;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            ambiguous << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | "));
    }
    return ambiguous;
}

// Visible, enabled buttons without Tab focus (and without a shortcut of their own).
inline QStringList unreachableButtons(const QWidget *window)
{
    QStringList unreachable;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!active(button, window) || (button->focusPolicy() & Qt::TabFocus))
            continue;
        if (button->shortcut().isEmpty() && mnemonic(button->text()).isEmpty())
            unreachable << button->objectName() + QStringLiteral(" “") + button->text() + QStringLiteral("”");
    }
    return unreachable;
}

} // namespace DealKeyboardAudit
