// SPDX-License-Identifier: GPL-3.0-or-later
// Typing as a user does, for widget tests: ASCII key by key, Japanese (kana, kanji, full-width
// characters) as an input method commits it — QTest::keyClicks only knows Latin-1 keys.
#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace UserTyping {

inline void type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QString ascii;
    const auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            ascii += c;
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flush();
}

// Replaces the text of a field: select all, delete, type.
inline void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    type(widget, text);
}

} // namespace UserTyping
