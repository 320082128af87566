// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Kizuna::Ui {

// Whose records a drill-down lists: the dashboard's owner and segment filters, as the chart
// behind it was computed.
struct DrillDownScope {
    QString ownerId;   // empty: every owner
    QString segmentId; // a saved segment; empty: every contact
    QDate segmentAsOf; // the day its members are taken at (the dashboard's: the period's last day)
};

// The records behind a bar or point of a chart: a read-only query (named parameters such as :s,
// :e, :owner in `binds`) whose columns are shown under `headers`.
struct DrillDown {
    QString title;
    QStringList headers;
    QString sql;
    QVariantMap binds; // ":name" → value
    // When ≥ 0, the query's columns nameColumn and nameColumn + 1 are a family and a given name,
    // shown as one column (family first for Japanese names); `headers` names it once.
    int nameColumn = -1;
    // Result columns (after the name merge) holding stored keys, with the function that
    // translates a key for display (ChoiceLabels::lifecycleStage, …).
    QList<QPair<int, QString (*)(const QString &)>> labels;
    // The saved segment the records are limited to. runDrillDown puts its members (as of
    // segmentAsOf) in a temporary table of its connection and turns every "{segment:EXPR}" in
    // `sql` into " AND EXPR IN (<the members>)"; without a segment the placeholders go.
    QString segmentId;
    QDate segmentAsOf;

    bool isValid() const { return !sql.isEmpty(); }
};

} // namespace Kizuna::Ui

Q_DECLARE_METATYPE(Kizuna::Ui::DrillDown)
