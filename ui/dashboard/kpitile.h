// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/kpidefinitions.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace Kizuna::Ui {

// A headline KPI: its name, the value of the period, and the previous period's value with the
// change (▲/▼, green when better). The tooltip is the KPI's definition.
class KpiTile final : public QFrame {
    Q_OBJECT

public:
    // How a value is written and compared.
    enum class Kind {
        Money, // change in %
        Count, // change in %
        Rate, // a fraction shown as %, change in percentage points
        Points, // NPS, change in points
        Days // change in %
    };

    KpiTile(Kpi kpi, Kind kind, bool lowerIsBetter = false, QWidget *parent = nullptr);

    Kpi kpi() const { return m_kpi; }
    // Shows the values; `previous` empty: no comparison (e.g. pipeline, which is "now").
    void setValues(std::optional<double> value, std::optional<double> previous,
                   bool comparable = true);
    // A line of its own under the value instead of the comparison (pipeline: weighted value).
    void setNote(const QString &note);

    QString valueText() const;
    QString changeText() const;
    QString previousText() const;

    // The value written as this tile writes it.
    QString format(std::optional<double> value) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Kpi m_kpi;
    Kind m_kind;
    bool m_lowerIsBetter;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_previous = nullptr;
};

} // namespace Kizuna::Ui
