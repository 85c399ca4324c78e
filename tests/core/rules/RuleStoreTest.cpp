#include "../procedures/GasTestSupport.h"
#include "procedures/GasRuleRefresh.h"
#include "rules/RuleStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace regie;


namespace {

// The GAS 2024 set of the embedded defaults, renamed and moved, with another limitation term.
QByteArray gasSet(const QString& name, const QString& validFrom, int limitationMonths)
{
    QFile file(RuleBook::defaultResourcePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray sets = QJsonDocument::fromJson(file.readAll()).object()[u"ruleSets"].toArray();
    for (const QJsonValue& value : sets) {
        QJsonObject set = value.toObject();
        if (set[u"name"].toString() != QLatin1String("GAS 2024"))
            continue;
        set[u"name"] = name;
        set[u"validFrom"] = validFrom;
        QJsonObject rules = set[u"rules"].toObject();
        QJsonObject limitation = rules[u"limitationMonths"].toObject();
        limitation[u"value"] = limitationMonths;
        rules[u"limitationMonths"] = limitation;
        set[u"rules"] = rules;
        return QJsonDocument(set).toJson();
    }
    FAIL("no GAS 2024 in the defaults");
    return {};
}

QString column(test::TestDatabase& t, const QString& sql)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("the default rule sets are stored once, with the same ids on every installation",
          "[rules]")
{
    test::TestDatabase t;
    RuleStore store(t.db(), t.writes(), t.clock());
    const int defaults = int(RuleBook::loadDefault()->ruleSets().size());
    CHECK(store.seedDefaults().value() == defaults);
    CHECK(store.seedDefaults().value() == 0);
    CHECK(t.count(QStringLiteral("rule_sets")) == defaults);
    CHECK(store.book()->ruleSets().size() == defaults);

    test::TestDatabase other;
    RuleStore otherStore(other.db(), other.writes(), other.clock());
    REQUIRE(otherStore.seedDefaults().ok());
    CHECK(column(t, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM rule_sets ORDER BY id)")) ==
          column(other, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM rule_sets ORDER BY id)")));
}

TEST_CASE("a newer rule set is added and the dossiers it governs are recomputed", "[rules]")
{
    gastest::Fixture f;
    RuleStore store(f.t.db(), f.t.writes(), f.t.clock());
    REQUIRE(store.seedDefaults().ok());
    const QString person = f.person("Proefmans");
    const GasOutcome before = f.intake(f.intakeOf(person, "2026-10-01", "2026-10-05"));
    const GasOutcome older = f.intake(f.intakeOf(person, "2026-08-01", "2026-08-05"));
    const QString limitation = QStringLiteral("SELECT limitation_date || ' ' || rule_set FROM "
                                              "gas_dossiers WHERE id = '%1'");
    CHECK(column(f.t, limitation.arg(before.id)) == QStringLiteral("2027-04-01 GAS 2024"));

    auto added = store.add(gasSet(QStringLiteral("GAS 2026"), QStringLiteral("2026-09-01"), 12));
    INFO((added.ok() ? QString() : added.error().detail).toStdString());
    REQUIRE(added.ok());
    CHECK(added->origin == QStringLiteral("added"));
    auto book = store.book();
    REQUIRE(book.ok());
    auto refreshed = GasRuleRefresh::run(f.t.db(), f.t.writes(), *book);
    REQUIRE(refreshed.ok());
    CHECK(refreshed->changed == 1); // facts of 2026-08-01 stay under GAS 2024
    CHECK(column(f.t, limitation.arg(before.id)) == QStringLiteral("2027-10-01 GAS 2026"));
    CHECK(column(f.t, limitation.arg(older.id)) == QStringLiteral("2027-02-01 GAS 2024"));
    CHECK(GasRuleRefresh::run(f.t.db(), f.t.writes(), *book)->changed == 0);
}

TEST_CASE("a rule set that is not newer, incomplete or malformed is refused and nothing is stored",
          "[rules]")
{
    test::TestDatabase t;
    RuleStore store(t.db(), t.writes(), t.clock());
    REQUIRE(store.seedDefaults().ok());
    const int stored = t.count(QStringLiteral("rule_sets"));

    auto older = store.add(gasSet(QStringLiteral("GAS 2020"), QStringLiteral("2020-01-01"), 6));
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().field == QStringLiteral("rule-set-not-newer"));
    CHECK(older.error().detail.contains(QStringLiteral("GAS 2024")));

    QJsonObject incomplete = QJsonDocument::fromJson(
                                 gasSet(QStringLiteral("GAS 2027"), QStringLiteral("2027-01-01"), 6))
                                 .object();
    QJsonObject rules = incomplete[u"rules"].toObject();
    rules.remove(QStringLiteral("defenceDays"));
    incomplete[u"rules"] = rules;
    auto missing = store.add(QJsonDocument(incomplete).toJson());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field.contains(QStringLiteral("defenceDays")));

    CHECK(store.add("{not json").error().code == ErrorCode::Format);
    CHECK(t.count(QStringLiteral("rule_sets")) == stored);
}
