#include "ActionPlanRepository.h"

#include "storage/Database.h"

namespace regie {

namespace {

const QString kFicheColumns = QStringLiteral(
    "id, plan_id, policy_line_id, code, title, description, critical_conditions, executor_id, "
    "contact_role, fte, fte_text, funding, notes");

Fiche ficheFrom(const QSqlQuery& q)
{
    Fiche f;
    f.id = q.value(0).toString();
    f.planId = q.value(1).toString();
    f.policyLineId = q.value(2).toString();
    f.code = q.value(3).toString();
    f.title = q.value(4).toString();
    f.description = q.value(5).toString();
    f.criticalConditions = q.value(6).toString();
    f.executorId = q.value(7).toString();
    f.contactRole = q.value(8).toString();
    if (!q.value(9).isNull())
        f.fte = q.value(9).toDouble();
    f.fteText = q.value(10).toString();
    f.funding = q.value(11).toString();
    f.notes = q.value(12).toString();
    return f;
}

} // namespace

Result<QVector<PlanInfo>> ActionPlanRepository::plans() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, title, version, period_start, period_end, introduction, notes FROM plans "
        "WHERE deleted = 0 ORDER BY period_start"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("plans"));
    QVector<PlanInfo> result;
    while (q.next()) {
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate),
                          QDate::fromString(q.value(4).toString(), Qt::ISODate),
                          q.value(5).toString(), q.value(6).toString()});
    }
    return result;
}

Result<PlanInfo> ActionPlanRepository::currentPlan() const
{
    auto all = plans();
    if (!all.ok())
        return all.error();
    if (all->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no action plan"));
    return all->last();
}

Result<PlanInfo> ActionPlanRepository::plan(const QString& id) const
{
    auto all = plans();
    if (!all.ok())
        return all.error();
    for (const PlanInfo& p : all.value()) {
        if (p.id == id)
            return p;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("plan %1").arg(id));
}

Result<QVector<PolicyLine>> ActionPlanRepository::policyLines(const QString& planId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, plan_id, code, name, goal_codes, goal, vision, results FROM policy_lines "
        "WHERE plan_id = ? AND deleted = 0 ORDER BY sort, code"));
    q.addBindValue(planId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("policy lines"));
    QVector<PolicyLine> lines;
    while (q.next()) {
        lines.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toString(), {}, {}});
    }
    for (PolicyLine& line : lines) {
        auto objectives = items(QStringLiteral("SELECT id, text, code FROM objectives WHERE "
                                               "policy_line_id = ? AND deleted = 0 ORDER BY sort"),
                                line.id);
        auto indicators = items(QStringLiteral("SELECT id, text, '' FROM line_indicators WHERE "
                                               "policy_line_id = ? AND deleted = 0 ORDER BY sort"),
                                line.id);
        if (!objectives.ok())
            return objectives.error();
        if (!indicators.ok())
            return indicators.error();
        line.objectives = objectives.value();
        line.indicators = indicators.value();
    }
    return lines;
}

Result<QVector<Fiche>> ActionPlanRepository::fiches(const QString& planId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kFicheColumns +
                                 QStringLiteral(" FROM fiches WHERE plan_id = ? AND deleted = 0 "
                                                "ORDER BY sort, code"));
    q.addBindValue(planId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("fiches"));
    QVector<Fiche> result;
    while (q.next())
        result.push_back(ficheFrom(q));
    for (Fiche& f : result) {
        if (auto loaded = loadLists(f); !loaded.ok())
            return loaded.error();
    }
    return result;
}

Result<Fiche> ActionPlanRepository::fiche(const QString& id) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kFicheColumns +
                                 QStringLiteral(" FROM fiches WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("fiche"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("fiche %1").arg(id));
    Fiche f = ficheFrom(q);
    q.finish();
    if (auto loaded = loadLists(f); !loaded.ok())
        return loaded.error();
    return f;
}

Result<void> ActionPlanRepository::loadLists(Fiche& f) const
{
    auto actions = items(QStringLiteral("SELECT id, text, status FROM fiche_actions WHERE "
                                        "fiche_id = ? AND deleted = 0 ORDER BY sort"), f.id);
    auto indicators = items(QStringLiteral("SELECT id, text, kind FROM fiche_indicators WHERE "
                                           "fiche_id = ? AND deleted = 0 ORDER BY sort"), f.id);
    auto partners = items(QStringLiteral("SELECT id, name, coalesce(organisation_id, '') FROM "
                                         "fiche_partners WHERE fiche_id = ? AND deleted = 0 "
                                         "ORDER BY sort"), f.id);
    for (const auto* r : {&actions, &indicators, &partners}) {
        if (!r->ok())
            return r->error();
    }
    f.actions = actions.value();
    f.indicators = indicators.value();
    f.partners = partners.value();
    return {};
}

Result<QVector<PlanItem>> ActionPlanRepository::items(const QString& sql,
                                                      const QString& ownerId) const
{
    QSqlQuery& q = m_db.prepared(sql);
    q.addBindValue(ownerId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("plan items"));
    QVector<PlanItem> result;
    while (q.next())
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

Result<QVector<Organisation>> ActionPlanRepository::organisations() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT o.id, coalesce(o.parent_id, ''), o.name, o.kind, o.address, "
        "coalesce(p.name || ' / ', '') || o.name FROM organisations o "
        "LEFT JOIN organisations p ON p.id = o.parent_id WHERE o.deleted = 0 "
        "ORDER BY coalesce(p.name, o.name), o.parent_id IS NOT NULL, o.name"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("organisations"));
    QVector<Organisation> result;
    while (q.next()) {
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return result;
}

} // namespace regie
