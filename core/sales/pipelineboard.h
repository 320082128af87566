// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipeline.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kizuna::Sales {

// Which open deals the board shows: all, or one owner's, or those expected to close in one
// month (any day of the month may be given).
struct BoardFilter
{
    QString ownerId;
    QDate expectedCloseMonth;
};

// One column of the board: the stage and its open deals' count, total amount, weighted total
// (amount × the deal's probability, or the stage's default when the deal has none) and the
// number of rotting deals.
struct BoardColumn
{
    PipelineStage stage;
    qint64 count = 0;
    double total = 0.0;
    double weightedTotal = 0.0;
    qint64 rottingCount = 0;
};

// One card of the board.
struct DealCard
{
    QString id;
    QString title;
    QString contactId;
    QString contactName; // family name first for Japanese names
    QString companyId;
    QString companyName;
    double amount = 0.0;
    QString currency;
    std::optional<double> probability; // the deal's own
    double effectiveProbability = 0.0; // the deal's own, else the stage's default
    QDate expectedCloseDate;
    QString ownerId;
    QString ownerName;
    QDateTime stageEnteredAt; // created_at for deals that never recorded it
    QString enteredAtStamp;   // the same as stored: with the id, the keyset cursor after this card
    int daysInStage = 0;      // whole days from stageEnteredAt to "now"
    bool rotting = false;     // in the stage for longer than its rotting_days
};

// Where the next page of a column starts (keyset: after this card in board order). A
// default-constructed cursor starts at the top.
struct BoardCursor
{
    QString enteredAt;
    QString id;
    bool atStart() const { return id.isEmpty(); }
};

struct BoardPage
{
    QList<DealCard> cards;
    BoardCursor next;   // pass to the next call
    bool atEnd = true;  // no more cards after these
};

} // namespace Kizuna::Sales
