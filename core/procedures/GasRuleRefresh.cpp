#include "GasRuleRefresh.h"

#include "GasDossierClock.h"
#include "GasFields.h"
#include "GasRepository.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

namespace regie {

Result<GasRuleRefresh::Outcome> GasRuleRefresh::run(Database& db, WritePath& writes,
                                                    const RuleBook& book)
{
    // The ids of dossiers computed with another set than the one valid on their date of facts.
    QStringList stale;
    {
        QSqlQuery& q = db.prepared(QStringLiteral(
            "SELECT id, facts_date, rule_set FROM gas_dossiers WHERE deleted = 0"));
        if (!q.exec())
            return Database::errorOf(q, QStringLiteral("GAS dossiers"));
        while (q.next()) {
            const QDate facts = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            auto set = book.forProcedure(ProcedureKind::GasFine, facts);
            if (set.ok() && set->name != q.value(2).toString())
                stale << q.value(0).toString();
        }
        q.finish();
    }
    Outcome outcome;
    outcome.examined = int(stale.size());
    if (stale.isEmpty())
        return outcome;
    GasRepository repo(db);
    ChangeSet cs(QStringLiteral("gas.rules-refresh"));
    for (const QString& id : stale) {
        auto dossier = repo.get(id);
        auto events = repo.events(id);
        if (!dossier.ok())
            return dossier.error();
        if (!events.ok())
            return events.error();
        const GasDossierClock clock(*dossier, *events);
        auto report = clock.evaluate(book);
        if (!report.ok())
            return report.error();
        auto rules = GasDossierClock::rulesFor(dossier->factsDate, book);
        if (!rules.ok())
            return rules.error();
        QVariantMap fields = GasFields::derivedFields(clock.derive(dossier->state, *report));
        fields.insert(QStringLiteral("rule_set"), rules->ruleSetName);
        cs.set(QStringLiteral("gas_dossiers"), id, fields);
        ++outcome.changed;
    }
    auto applied = writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return outcome;
}

} // namespace regie
