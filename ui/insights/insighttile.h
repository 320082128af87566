// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace Kizuna::Ui {

// One number on the Insights tab: a name, the value (optionally coloured) and a small note saying
// why; the tooltip is the definition.
class InsightTile final : public QFrame {
    Q_OBJECT

public:
    explicit InsightTile(QWidget *parent = nullptr);

    void setName(const QString &name);
    void setDefinition(const QString &definition);
    void setValue(const QString &value, const QColor &color = {});
    void setNote(const QString &note);
    void clear();

    QString name() const;
    QString valueText() const;
    QString noteText() const;

private:
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace Kizuna::Ui
