#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace regie {

// Plain types of the action plan: a plan has policy lines (krachtlijnen) with objectives and
// result indicators, and action fiches with planned actions, indicators and partners.

struct PlanInfo
{
    QString id;
    QString title;
    QString version;
    QDate periodStart;
    QDate periodEnd;
    QString introduction;
    QString notes;
};

// A line of a list that belongs to a fiche or a policy line (planned action, indicator, partner,
// objective). `extra` holds the kind-specific second value: an action's status, an objective's
// code, an indicator's kind.
struct PlanItem
{
    QString id; // empty for an item not stored yet
    QString text;
    QString extra;
    bool operator==(const PlanItem&) const = default;
};

struct PolicyLine
{
    QString id;
    QString planId;
    QString code;
    QString name;
    QString goalCodes;
    QString goal;
    QString vision;
    QString results;
    QVector<PlanItem> objectives; // extra = objective code ("1.1")
    QVector<PlanItem> indicators;
};

struct Fiche
{
    QString id;
    QString planId;
    QString policyLineId;
    QString code; // "2.3": always a string
    QString title;
    QString description;
    QString criticalConditions;
    QString executorId; // organisation or unit
    QString contactRole;
    std::optional<double> fte;
    QString fteText;
    QString funding;
    QString notes;
    QVector<PlanItem> actions;    // extra = status: planned, running, done, dropped
    QVector<PlanItem> indicators; // extra = kind: computed, entered, imported
    QVector<PlanItem> partners;

    bool operator==(const Fiche&) const = default;
};

struct Organisation
{
    QString id;
    QString parentId;
    QString name;
    QString kind;
    QString address;
    // "Stad Antwerpen / SL/BH" for a unit, the name for an organisation.
    QString displayName;
};

} // namespace regie
