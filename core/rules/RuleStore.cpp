#include "RuleStore.h"

#include "GasRules.h"
#include "MeasureRules.h"
#include "common/Clock.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace regie {

QString RuleStore::idFor(const RuleSet& set)
{
    static const QUuid ns(QStringLiteral("{3b0c5f0e-6a63-4f7e-8d1c-52554c455321}"));
    return QUuid::createUuidV5(ns, QStringLiteral("rule-set/%1/%2")
                                       .arg(procedureKindName(set.procedure),
                                            set.validFrom.toString(Qt::ISODate)))
        .toString(QUuid::WithoutBraces);
}

Result<void> RuleStore::usable(const RuleSet& set)
{
    switch (set.procedure) {
    case ProcedureKind::GasFine: {
        auto rules = GasRules::fromRuleSet(set);
        return rules.ok() ? Result<void>() : Result<void>(rules.error());
    }
    case ProcedureKind::PlaceBan:
    case ProcedureKind::ClosureTrafficking:
    case ProcedureKind::ClosurePublicOrder: {
        auto rules = MeasureRules::fromRuleSet(set);
        return rules.ok() ? Result<void>() : Result<void>(rules.error());
    }
    case ProcedureKind::CertificateSanction:
        for (const char* key : {"temporaryClosureMaxMonths", "councilOfStateAppealDays"}) {
            if (auto value = set.integer(QLatin1String(key)); !value.ok())
                return value.error();
        }
        return {};
    }
    return {};
}

Result<int> RuleStore::seedDefaults()
{
    auto defaults = RuleBook::loadDefault();
    if (!defaults.ok())
        return defaults.error();
    auto stored = list();
    if (!stored.ok())
        return stored.error();
    QSet<QString> have;
    for (const Stored& s : stored.value())
        have.insert(s.id);
    ChangeSet cs(QStringLiteral("rules.seed"));
    int added = 0;
    for (const RuleSet& set : defaults->ruleSets()) {
        const QString id = idFor(set);
        if (have.contains(id))
            continue;
        cs.create(QStringLiteral("rule_sets"), id,
                  {{QStringLiteral("name"), set.name},
                   {QStringLiteral("procedure"), procedureKindName(set.procedure)},
                   {QStringLiteral("valid_from"), set.validFrom.toString(Qt::ISODate)},
                   {QStringLiteral("content"),
                    QString::fromUtf8(QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact))},
                   {QStringLiteral("origin"), QStringLiteral("default")}});
        ++added;
    }
    if (added == 0)
        return 0;
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return added;
}

Result<QVector<RuleStore::Stored>> RuleStore::list() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, content, origin, added_on FROM rule_sets WHERE deleted = 0 "
        "ORDER BY procedure, valid_from"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("rule sets"));
    QVector<Stored> sets;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
        auto set = RuleSet::fromJson(doc.object());
        if (!set.ok()) {
            q.finish();
            Error error = set.error();
            error.detail = QStringLiteral("stored rule set %1: %2").arg(id, error.detail);
            return error;
        }
        sets << Stored{id, set.value(), q.value(2).toString(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    }
    q.finish();
    return sets;
}

Result<RuleBook> RuleStore::book() const
{
    auto stored = list();
    if (!stored.ok())
        return stored.error();
    if (stored->isEmpty())
        return RuleBook::loadDefault();
    RuleBook book;
    for (const Stored& s : stored.value()) {
        if (auto added = book.add(s.set); !added.ok())
            return added.error();
    }
    return book;
}

Result<RuleStore::Stored> RuleStore::add(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::Format,
                         tr("not a JSON object (%1 at offset %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         QStringLiteral("json"));
    auto set = RuleSet::fromJson(doc.object());
    if (!set.ok())
        return set.error();
    if (auto checked = usable(set.value()); !checked.ok())
        return checked.error();
    auto current = book();
    if (!current.ok())
        return current.error();
    if (auto newest = current->latest(set->procedure);
        newest.ok() && set->validFrom <= newest->validFrom)
        return makeError(ErrorCode::RuleViolation,
                         QStringLiteral("rule-set-not-newer: ") +
                             tr("%1 starts on %2, not after %3 (%4), the newest set of %5")
                                 .arg(set->name, set->validFrom.toString(Qt::ISODate), newest->name,
                                      newest->validFrom.toString(Qt::ISODate),
                                      procedureKindName(set->procedure)),
                         QStringLiteral("rule-set-not-newer"));
    if (set->validFrom > m_clock.today().addYears(5))
        return makeError(
            ErrorCode::Validation,
            tr("%1 starts more than five years from now").arg(set->validFrom.toString(Qt::ISODate)),
            QStringLiteral("validFrom"));
    Stored stored{idFor(set.value()), set.value(), QStringLiteral("added"), m_clock.today()};
    ChangeSet cs(QStringLiteral("rules.add"));
    cs.create(QStringLiteral("rule_sets"), stored.id,
              {{QStringLiteral("name"), stored.set.name},
               {QStringLiteral("procedure"), procedureKindName(stored.set.procedure)},
               {QStringLiteral("valid_from"), stored.set.validFrom.toString(Qt::ISODate)},
               {QStringLiteral("content"),
                QString::fromUtf8(
                    QJsonDocument(stored.set.toJson()).toJson(QJsonDocument::Compact))},
               {QStringLiteral("origin"), stored.origin},
               {QStringLiteral("added_on"), stored.addedOn.toString(Qt::ISODate)}});
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return stored;
}

} // namespace regie
