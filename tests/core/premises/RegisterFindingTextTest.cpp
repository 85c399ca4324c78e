#include "../calendar/FakeTranslator.h"
#include "../certificates/CertificateFixture.h"
#include "RegisterFindingDutch.h"
#include "premises/RegisterFindingText.h"
#include "premises/WindowRegister.h"

using namespace regie;

namespace {

using Rule = RegisterFindingText::Rule;
using test::dutchRegisterTexts;

struct CheckFixture : test::CertificateFixture
{
    WindowRegister reg{t.db(), t.writes(), t.clock()};
    QString premises = addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("5"), 2);

    QString inspection(const QDate& date)
    {
        auto id = s->inspections().add(
            {premises, QStringLiteral("proactive"), date, QStringLiteral("inspector B"), {}});
        REQUIRE(id.ok());
        return id.value();
    }
    // The finding as the inspection views read it.
    Finding finding(const QString& inspectionId, const QString& findingId)
    {
        auto inspection = s->inspections().repository().find(inspectionId);
        REQUIRE(inspection.ok());
        for (const Finding& f : inspection->findings)
            if (f.id == findingId)
                return f;
        FAIL("finding " + findingId.toStdString() + " not read back");
        return {};
    }
};

} // namespace

TEST_CASE("a register finding is stored in the same English as before and shown in Dutch",
          "[premises][translation]")
{
    CheckFixture f;
    WindowRegistration line;
    line.from = QDate(2026, 11, 1);
    line.to = QDate(2026, 11, 30);
    line.workerRef = QStringLiteral("RT-4102");
    line.registered = true;
    line.policeValidated = false;
    line.source = QStringLiteral("police export 2026-11");
    REQUIRE(f.reg.record(f.premises, QStringLiteral("1"), line).ok());
    const QString inspection = f.inspection(QDate(2026, 11, 20));

    auto missing = f.reg.checkAtInspection(inspection, QStringLiteral("2"),
                                           QStringLiteral("RT-4102"));
    auto unvalidated = f.reg.checkAtInspection(inspection, QStringLiteral("1"),
                                               QStringLiteral("RT-4102"));
    REQUIRE(missing.ok());
    REQUIRE(unvalidated.ok());
    CHECK(missing->why.rule == Rule::NoEntry);
    CHECK(unvalidated->why.rule == Rule::NotValidated);

    // Stored (and synced, audited) exactly as earlier versions wrote it.
    const Finding a = f.finding(inspection, missing->findingId);
    const Finding b = f.finding(inspection, unvalidated->findingId);
    CHECK(a.description == QStringLiteral("worker not pre-registered: no entry in the register "
                                          "for RT-4102 at window 2 on 2026-11-20"));
    CHECK(b.description == QStringLiteral("worker not pre-registered: the registration of "
                                          "RT-4102 at window 1 was not validated by the police"));
    CHECK(missing->reason ==
          QStringLiteral("no entry in the register for RT-4102 at window 2 on 2026-11-20"));

    // Without a translator (regie-cli) the shown text is the stored text.
    CHECK(RegisterFindingText::shownDescription(a.itemCode, a.description) == a.description);
    CHECK(RegisterFindingText::reason(missing->why) == missing->reason);

    const test::FakeTranslator dutch(dutchRegisterTexts());
    CHECK(RegisterFindingText::shownDescription(a.itemCode, a.description) ==
          QStringLiteral("sekswerker niet vooraf geregistreerd: geen lijn in het register voor "
                         "RT-4102 aan raam 2 op 2026-11-20"));
    CHECK(RegisterFindingText::shownDescription(b.itemCode, b.description) ==
          QStringLiteral("sekswerker niet vooraf geregistreerd: de registratie van RT-4102 aan "
                         "raam 1 is niet door de politie gevalideerd"));
    CHECK(RegisterFindingText::reason(unvalidated->why) ==
          QStringLiteral("de registratie van RT-4102 aan raam 1 is niet door de politie "
                         "gevalideerd"));
}

TEST_CASE("register findings stored by earlier versions are recognised in all three shapes",
          "[premises][translation]")
{
    const auto noEntry = RegisterFindingText::parseDescription(QStringLiteral(
        "worker not pre-registered: no entry in the register for W_77-a at window 12 b on "
        "2025-03-04"));
    REQUIRE(noEntry);
    CHECK(noEntry->rule == Rule::NoEntry);
    CHECK(noEntry->worker == QStringLiteral("W_77-a"));
    CHECK(noEntry->window == QStringLiteral("12 b")); // a window number may hold a space
    CHECK(noEntry->date == QDate(2025, 3, 4));

    const auto notRegistered = RegisterFindingText::parseDescription(QStringLiteral(
        "worker not pre-registered: RT-4100 is in the register for window 3 but not registered"));
    REQUIRE(notRegistered);
    CHECK(notRegistered->rule == Rule::NotRegistered);
    CHECK(notRegistered->worker == QStringLiteral("RT-4100"));
    CHECK(notRegistered->window == QStringLiteral("3"));

    // Every shape reads back to the sentence it came from.
    for (const auto& reason : {*noEntry, *notRegistered,
                               RegisterFindingText::Reason{Rule::NotValidated,
                                                           QStringLiteral("RT-9"),
                                                           QStringLiteral("4"),
                                                           {}}}) {
        const QString stored = RegisterFindingText::englishDescription(reason);
        const auto back = RegisterFindingText::parseDescription(stored);
        REQUIRE(back);
        CHECK(RegisterFindingText::englishDescription(*back) == stored);
    }

    const test::FakeTranslator dutch(dutchRegisterTexts());
    CHECK(RegisterFindingText::shownDescription(
              QStringLiteral("window-register"),
              QStringLiteral("worker not pre-registered: RT-4100 is in the register for window 3 "
                             "but not registered")) ==
          QStringLiteral("sekswerker niet vooraf geregistreerd: RT-4100 staat in het register "
                         "voor raam 3 maar is niet geregistreerd"));
}

TEST_CASE("a finding that is not a recognised register sentence is shown as stored",
          "[premises][translation]")
{
    const test::FakeTranslator dutch(dutchRegisterTexts());
    const QString typed = QStringLiteral("Brandblusser ontbreekt aan raam 2");
    CHECK(RegisterFindingText::shownDescription(QStringLiteral("fire-extinguisher"), typed) ==
          typed);
    // A checklist item's own finding is never rewritten, even in the register's words.
    const QString english = QStringLiteral(
        "worker not pre-registered: RT-4100 is in the register for window 3 but not registered");
    CHECK(RegisterFindingText::shownDescription(QStringLiteral("fire-extinguisher"), english) ==
          english);
    // A register finding in words of another version (or a bad date) stays as it is.
    for (const QString& odd :
         {QStringLiteral("worker not pre-registered"),
          QStringLiteral("worker not pre-registered: seen without a registration"),
          QStringLiteral("worker not pre-registered: no entry in the register for RT-1 at window "
                         "2 on 2026-02-31")})
        CHECK(RegisterFindingText::shownDescription(QStringLiteral("window-register"), odd) ==
              odd);
}

TEST_CASE("a sanction step opened from a register finding shows the finding in Dutch",
          "[premises][translation]")
{
    const QString note = QStringLiteral("window-register: worker not pre-registered: RT-4100 is "
                                        "in the register for window 3 but not registered");
    CHECK(RegisterFindingText::shownNote(note) == note);
    const test::FakeTranslator dutch(dutchRegisterTexts());
    CHECK(RegisterFindingText::shownNote(note) ==
          QStringLiteral("window-register: sekswerker niet vooraf geregistreerd: RT-4100 staat in "
                         "het register voor raam 3 maar is niet geregistreerd"));
    const QString other = QStringLiteral("fire-extinguisher: ontbreekt");
    CHECK(RegisterFindingText::shownNote(other) == other);
}
