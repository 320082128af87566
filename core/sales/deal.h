// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kizuna::Sales {

enum class DealStatus { Open, Won, Lost };

// The stored key ("open", "won", "lost") and back (unknown → Open).
QString dealStatusKey(DealStatus status);
DealStatus dealStatusFromKey(const QString &key);

// A deal (商談) as stored.
struct Deal
{
    QString id;
    QString title;
    QString contactId;
    QString companyId;
    QString pipelineId;
    QString stageId;
    double amount = 0.0;
    QString currency;
    std::optional<double> probability; // empty: the stage's default applies
    QDate expectedCloseDate;
    DealStatus status = DealStatus::Open;
    QString lostReasonId;
    QDateTime closedAt;
    QDateTime stageEnteredAt;
    QString ownerId;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool deleted = false;
};

// What a user enters for a new deal.
struct DealInput
{
    QString title;
    QString contactId;
    QString companyId;
    QString pipelineId;                // empty: the stage's pipeline, else the default pipeline
    QString stageId;                   // empty: the first stage of the pipeline
    double amount = 0.0;
    QString currency;                  // empty: JPY
    std::optional<double> probability; // empty: the stage's default
    QDate expectedCloseDate;
    QString ownerId;
    QString notes;
};

// One row of a deal's stage history (the deal page's timeline, funnel and velocity).
struct StageChange
{
    QString id;
    QString fromStageId; // empty for the stage a deal was created in
    QString fromStageName;
    QString toStageId;
    QString toStageName;
    QDateTime changedAt;
    QString author;
};

} // namespace Kizuna::Sales
