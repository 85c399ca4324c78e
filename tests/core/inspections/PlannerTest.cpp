#include "core/certificates/CertificateFixture.h"


using namespace regie;

namespace {

QStringList reasonsFor(const QVector<Planner::Item>& items, const QString& premises)
{
    QStringList reasons;
    for (const Planner::Item& item : items) {
        if (item.premisesId == premises)
            reasons << item.reason;
    }
    return reasons;
}

} // namespace

TEST_CASE("the planner lists premises without a proactive inspection, renewals and conditions "
          "due on the clock's date", "[planner]")
{
    test::CertificateFixture f;
    const QString inspected = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("1"));
    const QString lastYear = f.addPremises(QStringLiteral("Schippersstraat"), QStringLiteral("2"));
    const QString renewal = f.addPremises(QStringLiteral("Verversrui"), QStringLiteral("3"));
    const QString conditional = f.addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("4"));
    REQUIRE(f.s->inspections().add({inspected, QStringLiteral("proactive"), QDate(2026, 3, 1), {}, {}}).ok());
    REQUIRE(f.s->inspections().add({lastYear, QStringLiteral("proactive"), QDate(2025, 3, 1), {}, {}}).ok());
    REQUIRE(f.s->inspections().add({lastYear, QStringLiteral("reactive"), QDate(2026, 3, 1), {}, {}}).ok());
    // granted 2024-01-15: valid through 2027-01-14, renewal due 2026-10-14 (before 2026-11-28)
    const QString due = f.completeDossier(renewal, QDate(2024, 1, 2));
    f.grant(due, QDate(2024, 1, 15));
    // granted 2025-06-01: renewal due 2028-02-29, not yet
    const QString fresh = f.completeDossier(inspected, QDate(2025, 5, 2));
    f.grant(fresh, QDate(2025, 6, 1));
    const QString cond = f.completeDossier(conditional, QDate(2026, 1, 5));
    REQUIRE(f.s->certificates().decide(cond, {QStringLiteral("granted-with-conditions"),
                                              QDate(2026, 2, 1),
                                              {{{}, QStringLiteral("sticker"), QDate(2026, 6, 30), {}},
                                               {{}, QStringLiteral("poster"), QDate(2026, 12, 31), {}}},
                                              {}}).ok());

    auto items = f.s->planner().forYear(2026);
    REQUIRE(items.ok());
    CHECK(reasonsFor(items.value(), inspected).isEmpty());
    CHECK(reasonsFor(items.value(), lastYear) == QStringList{QStringLiteral("no-proactive-inspection")});
    CHECK(reasonsFor(items.value(), renewal) ==
          (QStringList{QStringLiteral("renewal-due"), QStringLiteral("no-proactive-inspection")}));
    CHECK(reasonsFor(items.value(), conditional) ==
          (QStringList{QStringLiteral("condition-overdue"), QStringLiteral("no-proactive-inspection")}));
    for (const Planner::Item& item : items.value()) {
        if (item.reason == QLatin1String("renewal-due"))
            CHECK(item.dueDate == QDate(2026, 10, 14));
        if (item.reason == QLatin1String("condition-overdue"))
            CHECK(item.detail == QStringLiteral("sticker"));
    }

    // a renewal application takes the renewal off the list; a met condition leaves it
    REQUIRE(f.s->certificates().apply(renewal, QDate(2026, 11, 20), due).ok());
    const auto conditionId = f.dossier(cond).conditions.first().id;
    REQUIRE(f.s->certificates().meetCondition(conditionId, QDate(2026, 11, 27)).ok());
    auto after = f.s->planner().forYear(2026);
    CHECK(reasonsFor(after.value(), renewal) == QStringList{QStringLiteral("no-proactive-inspection")});
    CHECK(reasonsFor(after.value(), conditional) == QStringList{QStringLiteral("no-proactive-inspection")});

    // another year: judged on 31 December of that year
    auto past = f.s->planner().forYear(2025);
    CHECK(reasonsFor(past.value(), lastYear).isEmpty());
    CHECK(reasonsFor(past.value(), inspected) == QStringList{QStringLiteral("no-proactive-inspection")});
}

TEST_CASE("planner and certificate list over 300 premises with 10 years of history",
          "[planner]")
{
    test::CertificateFixture f;
    ChangeSet checklist(QStringLiteral("test.checklist"));
    checklist.create(QStringLiteral("checklist_templates"), QStringLiteral("t"),
                     {{QStringLiteral("code"), QStringLiteral("window-premises")},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("valid_from"), QDate(2010, 1, 1)},
                      {QStringLiteral("items_json"), QStringLiteral("[]")}});
    REQUIRE(f.t.writes().apply(checklist).ok());
    for (int p = 0; p < 300; ++p) {
        ChangeSet cs(QStringLiteral("test.history"));
        const QString premises = cs.create(QStringLiteral("premises"),
                                           {{QStringLiteral("street"), QStringLiteral("Schippersstraat")},
                                            {QStringLiteral("number"), QString::number(p + 1)}});
        for (int y = 2016; y <= 2025; ++y)
            cs.create(QStringLiteral("inspections"),
                      {{QStringLiteral("premises_id"), premises},
                       {QStringLiteral("kind"), QStringLiteral("proactive")},
                       {QStringLiteral("inspection_date"), QDate(y, 3, 1)},
                       {QStringLiteral("template_id"), QStringLiteral("t")},
                       {QStringLiteral("template_code"), QStringLiteral("window-premises")},
                       {QStringLiteral("template_version"), 1}});
        for (int y = 2016; y <= 2025; y += 3) {
            const QString c = cs.create(QStringLiteral("certificates"),
                                        {{QStringLiteral("premises_id"), premises},
                                         {QStringLiteral("kind"), QStringLiteral("application")},
                                         {QStringLiteral("application_date"), QDate(y, 1, 5)}});
            for (int e = 0; e < 12; ++e)
                cs.create(QStringLiteral("certificate_events"),
                          {{QStringLiteral("certificate_id"), c},
                           {QStringLiteral("kind"), e == 11 ? QStringLiteral("decision")
                                                            : QStringLiteral("document")},
                           {QStringLiteral("event_date"), QDate(y, 1, 5 + e)},
                           {QStringLiteral("outcome"), e == 11 ? QStringLiteral("granted") : QString()},
                           {QStringLiteral("valid_until"), QDate(y + 2, 1, 15)}});
        }
        REQUIRE(f.t.writes().apply(cs).ok());
    }
    // Speed is measured by tests/bench/PlannerBench.cpp (target 50 ms each), not here.
    auto items = f.s->planner().forYear(2026);
    auto list = f.s->certificates().repository().list({}, CertificateRepository::Detail::Summary);
    auto full = f.s->certificates().repository().list();
    REQUIRE(items.ok());
    REQUIRE(list.ok());
    REQUIRE(full.ok());
    CHECK(list->size() == 1200);
    CHECK(full->size() == 1200);
    CHECK(items->size() == 600); // every premises: no 2026 inspection, renewal due
}
