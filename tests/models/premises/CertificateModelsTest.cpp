#include "certificates/CertificateKinds.h"
#include "certificates/CertificateStatus.h"
#include "inspections/CertificateServices.h"
#include "inspections/InspectionListModel.h"
#include "inspections/InspectionSheetModel.h"
#include "inspections/PlannerModel.h"
#include "premises/DossierChecklist.h"
#include "premises/PremisesListModel.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

struct Fixture
{
    test::TestDatabase t;
    std::unique_ptr<CertificateServices> s = CertificateServices::create(t.ws()).value();

    QString premises(const QString& number)
    {
        auto id = s->premises().add({QStringLiteral("Verversrui"), number, {}, {}, 2});
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace

TEST_CASE("the premises list shows the newest dossier's status today and follows changes",
          "[certificates][models]")
{
    Fixture f;
    const QString a = f.premises(QStringLiteral("1"));
    PremisesListModel model(f.s->premises().repository(), f.s->certificates().repository(),
                            f.t.clock());
    model.follow(f.t.writes());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(PremisesListModel::StatusRole) == QStringLiteral("none"));
    CHECK(model.index(0, PremisesListModel::StatusColumn).data().toString() ==
          QStringLiteral("⚠ No application"));
    CHECK(model.index(0, PremisesListModel::WindowsColumn).data() == 2);

    auto dossier = f.s->certificates().apply(a, QDate(2026, 11, 1));
    REQUIRE(dossier.ok());
    CHECK(model.index(0, 0).data(PremisesListModel::StatusRole) == QStringLiteral("applied"));
    CHECK(model.index(0, 0).data(PremisesListModel::DossierRole) == dossier.value());
    f.premises(QStringLiteral("3"));
    CHECK(model.rowCount() == 2); // a new premises shows up through the write path
}

TEST_CASE("the dossier checklist names each missing and stale item in words",
          "[certificates][models]")
{
    Fixture f;
    auto dossier = f.s->certificates().apply(f.premises(QStringLiteral("5")), QDate(2026, 11, 20));
    REQUIRE(dossier.ok());
    REQUIRE(f.s->certificates()
                .addDocument(dossier.value(),
                             {{}, CertificateKinds::criminalRecord(), QDate(2026, 10, 19), {}})
                .ok());
    REQUIRE(f.s->certificates()
                .addDocument(dossier.value(),
                             {{}, QStringLiteral("cadastral-data"), QDate(2025, 1, 1), {}})
                .ok());
    auto d = f.s->certificates().repository().find(dossier.value());
    REQUIRE(d.ok());
    const CertificateRules rules = f.s->certificates().rulesFor(d.value());
    const auto docs = DossierChecklist::documents(d.value(), rules);
    REQUIRE(docs.size() == CertificateKinds::documentKinds().size());
    int stale = 0, missing = 0, present = 0;
    for (const auto& line : docs) {
        stale += line.state == DossierChecklist::State::Stale ? 1 : 0;
        missing += line.state == DossierChecklist::State::Missing ? 1 : 0;
        present += line.state == DossierChecklist::State::Present ? 1 : 0;
    }
    CHECK(stale == 1);   // 19 October is older than one month on 20 November
    CHECK(present == 1); // only the criminal record has an age limit
    CHECK(missing == 4);
    const QStringList blockers = DossierChecklist::blockers(d.value(), rules);
    CHECK(blockers.size() == 4 + 1 + 4); // missing documents, the stale one, four checks
    CHECK(blockers.contains(QStringLiteral("Proof of real rights is missing")));
    CHECK(blockers.contains(QStringLiteral("check “Fire safety” not recorded")));
    // the same count as the core's rule, which the decision enforces
    CHECK(CertificateStatus::documentProblems(d.value(), rules).size() == 5);
}

TEST_CASE("the inspection sheet keeps template order and shows amended answers",
          "[inspections][models]")
{
    Fixture f;
    const QString premises = f.premises(QStringLiteral("7"));
    auto id = f.s->inspections().add(
        {premises, QStringLiteral("reactive"), QDate(2026, 11, 27), QStringLiteral("A"), {}});
    REQUIRE(id.ok());
    InspectionSheetModel sheet(f.s->inspections().repository(), f.s->templates());
    REQUIRE(sheet.load(id.value()));
    REQUIRE(sheet.rowCount() == 9);
    CHECK(sheet.index(0).data(InspectionSheetModel::CodeRole) ==
          QStringLiteral("fire-extinguisher"));
    CHECK(sheet.answeredCount() == 0);
    for (int i = 0; i < sheet.rowCount(); ++i)
        REQUIRE(f.s->inspections()
                    .answer(id.value(), {sheet.rowAt(i)->item.code,
                                         {},
                                         QStringLiteral("conform"),
                                         QStringLiteral("ok")})
                    .ok());
    REQUIRE(f.s->inspections().finalise(id.value()).ok());
    REQUIRE(f.s->inspections()
                .amend(id.value(),
                       {QStringLiteral("panic-button"),
                        {},
                        QStringLiteral("not-conform"),
                        QStringLiteral("broken")},
                       QStringLiteral("tested again"))
                .ok());
    REQUIRE(sheet.reload());
    CHECK(sheet.answeredCount() == 9);
    const int row = sheet.rowOf(QStringLiteral("panic-button"));
    CHECK(sheet.index(row).data(InspectionSheetModel::ResultRole) == QStringLiteral("not-conform"));
    CHECK(sheet.index(row).data(InspectionSheetModel::RemarkRole) == QStringLiteral("broken"));
    CHECK(sheet.index(row).data(InspectionSheetModel::AmendedRole).toBool());
    CHECK(sheet.inspection().isFinal());
    CHECK(sheet.checklist().version == 1);
}

TEST_CASE("the planner model sorts dates as dates and quotes CSV fields", "[planner][models]")
{
    Fixture f;
    f.premises(QStringLiteral("9"));
    PlannerModel model(f.s->planner(), f.t.clock());
    CHECK(model.year() == 2026);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, PlannerModel::DueColumn).data(PlannerModel::SortRole) ==
          QStringLiteral("2026-12-31"));
    CHECK(model.index(0, PlannerModel::DetailColumn).data().toString() ==
          QStringLiteral("No proactive inspection in 2026"));
    const QString csv = QString::fromUtf8(model.toCsv({0}));
    CHECK(csv.startsWith(QStringLiteral("premisesId,address,reason,reasonText,dueDate")));
    CHECK(csv.contains(QStringLiteral(",Verversrui 9,no-proactive-inspection,")));
    CHECK(csv.endsWith(QStringLiteral("\r\n")));
    CHECK_FALSE(model.setYear(12)); // not a year: refused, the table empties
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the inspection list names the premises and follows new and finalised inspections",
          "[inspections][models]")
{
    Fixture f;
    const QString premises = f.premises(QStringLiteral("11"));
    InspectionListModel model(f.s->inspections().repository(), f.s->premises().repository());
    model.follow(f.t.writes());
    CHECK(model.rowCount() == 0);
    auto id = f.s->inspections().add(
        {premises, QStringLiteral("proactive"), QDate(2026, 11, 2), QStringLiteral("A"), {}});
    REQUIRE(id.ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, InspectionListModel::PremisesColumn).data().toString() ==
          QStringLiteral("Verversrui 11"));
    CHECK(model.index(0, InspectionListModel::ChecklistColumn).data().toString() ==
          QStringLiteral("window-premises v1"));
    CHECK(model.index(0, InspectionListModel::DateColumn).data(InspectionListModel::SortRole) ==
          QStringLiteral("2026-11-02"));
    CHECK_FALSE(model.index(0, 0).data(InspectionListModel::FinalRole).toBool());
    InspectionSheetModel sheet(f.s->inspections().repository(), f.s->templates());
    REQUIRE(sheet.load(id.value()));
    for (int i = 0; i < sheet.rowCount(); ++i)
        REQUIRE(f.s->inspections()
                    .answer(id.value(), {sheet.rowAt(i)->item.code, {}, QStringLiteral("na"), {}})
                    .ok());
    REQUIRE(f.s->inspections().finalise(id.value()).ok());
    CHECK(model.index(0, 0).data(InspectionListModel::FinalRole).toBool());
    CHECK(model.index(0, InspectionListModel::StateColumn).data().toString() ==
          QStringLiteral("Finalised"));
}
