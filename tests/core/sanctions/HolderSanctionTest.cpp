#include "../certificates/CertificateFixture.h"
#include "certificates/CertificateStatus.h"
#include "deadlines/DeadlineBoard.h"
#include "sanctions/HolderSanctionService.h"

using namespace regie;

namespace {

// Today is 2026-11-28 (the fixture's FixedClock).
struct SanctionFixture : test::CertificateFixture
{
    RuleBook rules = RuleBook::loadDefault().value();
    HolderSanctionService service{t.db(), t.writes(), t.clock(), rules, s->certificates()};
    QString premises = addPremises();
    QString certificate = completeDossier(premises, QDate(2026, 1, 5));

    SanctionFixture() { grant(certificate, QDate(2026, 2, 1)); }

    static HolderSanctionEvent step(const QString& type, const QDate& date)
    {
        HolderSanctionEvent e;
        e.type = type;
        e.date = date;
        return e;
    }
    static HolderSanctionEvent finding(const QDate& date)
    {
        HolderSanctionEvent e = step(QStringLiteral("finding"), date);
        e.reportNumber = QStringLiteral("AN.55.L1.012345/2026");
        return e;
    }
    HolderSanction opened()
    {
        auto d = service.open(premises, finding(QDate(2026, 6, 1)));
        INFO((d.ok() ? QString() : d.error().detail).toStdString());
        REQUIRE(d.ok());
        return d.value();
    }
    Result<HolderSanction> record(const HolderSanction& d, const HolderSanctionEvent& e)
    {
        return service.record(d.number, e);
    }
    // Warning, new finding, invitation and hearing: ready for the college's decision.
    HolderSanction heard()
    {
        const HolderSanction d = opened();
        REQUIRE(record(d, step(QStringLiteral("warning-letter"), QDate(2026, 6, 10))).ok());
        REQUIRE(record(d, finding(QDate(2026, 8, 3))).ok());
        REQUIRE(record(d, step(QStringLiteral("hearing-invitation"), QDate(2026, 8, 20))).ok());
        auto h = record(d, step(QStringLiteral("hearing-held"), QDate(2026, 9, 14)));
        REQUIRE(h.ok());
        return h.value();
    }
};

} // namespace

TEST_CASE("a holder-sanction dossier carries the installation's code and its first finding",
          "[sanctions]")
{
    SanctionFixture f;
    const HolderSanction d = f.opened();
    CHECK(d.number == QStringLiteral("HS/2026/%1/0001").arg(f.t.ws().installation().shortCode));
    CHECK(d.certificateId == f.certificate);
    REQUIRE(d.events.size() == 1);
    CHECK(f.service.stateOf(d).phase == QStringLiteral("findings"));
    CHECK(f.changes(QStringLiteral("holder_sanctions"), d.id) > 0);
    CHECK(f.service.repository().list().value().size() == 1);
    CHECK(f.service.repository().list(f.premises).value().size() == 1);
}

TEST_CASE("the sanction track opens only with a finding after the warning letter", "[sanctions]")
{
    SanctionFixture f;
    const HolderSanction d = f.opened();
    auto early = f.record(d, SanctionFixture::step(QStringLiteral("hearing-invitation"),
                                                   QDate(2026, 6, 5)));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("warning-first"));

    REQUIRE(f.record(d, SanctionFixture::step(QStringLiteral("warning-letter"), QDate(2026, 6, 10)))
                .ok());
    auto noNewFinding = f.record(d, SanctionFixture::step(QStringLiteral("hearing-invitation"),
                                                          QDate(2026, 6, 20)));
    REQUIRE_FALSE(noNewFinding.ok());
    CHECK(noNewFinding.error().field == QStringLiteral("new-finding-after-warning"));
    CHECK(noNewFinding.error().detail.contains(QStringLiteral("2026-06-10")));

    auto after = f.record(d, SanctionFixture::finding(QDate(2026, 8, 3)));
    REQUIRE(after.ok());
    CHECK(f.service.stateOf(after.value()).phase == QStringLiteral("track-open"));
    CHECK(f.record(d, SanctionFixture::step(QStringLiteral("hearing-invitation"), QDate(2026, 8, 20)))
              .ok());
}

TEST_CASE("a finding needs its police report number and a step cannot lie in the future",
          "[sanctions]")
{
    SanctionFixture f;
    HolderSanctionEvent noReport = SanctionFixture::finding(QDate(2026, 6, 1));
    noReport.reportNumber.clear();
    CHECK(f.service.open(f.premises, noReport).error().field == QStringLiteral("report"));
    CHECK(f.service.open(f.premises, SanctionFixture::finding(QDate(2026, 11, 29))).error().field ==
          QStringLiteral("no-future-steps"));
    CHECK(f.t.count(QStringLiteral("holder_sanctions")) == 0);
}

TEST_CASE("a suspension decided by the college suspends the certificate from its first day",
          "[sanctions]")
{
    SanctionFixture f;
    const HolderSanction d = f.heard();
    HolderSanctionEvent decision = SanctionFixture::step(QStringLiteral("decision"),
                                                         QDate(2026, 10, 1));
    decision.decision = QStringLiteral("suspension");
    decision.start = QDate(2026, 10, 15);
    decision.end = QDate(2026, 12, 14);
    decision.notifiedOn = QDate(2026, 10, 6);
    auto decided = f.record(d, decision);
    INFO((decided.ok() ? QString() : decided.error().detail).toStdString());
    REQUIRE(decided.ok());
    const CertificateDossier cert = f.dossier(f.certificate);
    CHECK(CertificateStatus::at(cert, QDate(2026, 10, 14)) == CertificateStatus::Status::Granted);
    CHECK(CertificateStatus::at(cert, QDate(2026, 10, 15)) == CertificateStatus::Status::Suspended);
    CHECK(CertificateStatus::at(cert, QDate(2026, 12, 15)) == CertificateStatus::Status::Granted);

    // 60 days from 2026-10-06 = 2026-12-05, a Saturday: the holder's term moves to Monday.
    const HolderSanctionState state = f.service.stateOf(decided.value());
    CHECK(state.appealDeadline == QDate(2026, 12, 7));
    CHECK(state.appealDerivation.contains(QStringLiteral("2026-12-05")));
}

TEST_CASE("a decision needs the hearing, and a temporary closure lasts at most three months",
          "[sanctions]")
{
    SanctionFixture f;
    {
        const HolderSanction warnedOnly = f.opened();
        HolderSanctionEvent decision = SanctionFixture::step(QStringLiteral("decision"),
                                                             QDate(2026, 7, 1));
        decision.decision = QStringLiteral("withdrawal");
        decision.start = QDate(2026, 7, 1);
        CHECK(f.record(warnedOnly, decision).error().field ==
              QStringLiteral("hearing-before-decision"));
    }
    SanctionFixture g;
    const HolderSanction d = g.heard();
    HolderSanctionEvent closure = SanctionFixture::step(QStringLiteral("decision"),
                                                        QDate(2026, 10, 1));
    closure.decision = QStringLiteral("temporary-closure");
    closure.start = QDate(2026, 10, 5);
    closure.end = QDate(2027, 1, 5); // one day too long: the last day is 2027-01-04
    auto tooLong = g.record(d, closure);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().field == QStringLiteral("temporaryClosureMaxMonths"));
    CHECK(tooLong.error().detail.contains(QStringLiteral("2027-01-04")));
    closure.end = QDate(2027, 1, 4);
    CHECK(g.record(d, closure).ok());
    // a closure concerns the premises: the certificate keeps its status
    CHECK(CertificateStatus::at(g.dossier(g.certificate), QDate(2026, 11, 1)) ==
          CertificateStatus::Status::Granted);
}

TEST_CASE("an appeal after the Council of State's term is recorded with a warning", "[sanctions]")
{
    SanctionFixture f;
    const HolderSanction d = f.heard();
    HolderSanctionEvent decision = SanctionFixture::step(QStringLiteral("decision"),
                                                         QDate(2026, 9, 15));
    decision.decision = QStringLiteral("withdrawal");
    decision.start = QDate(2026, 9, 20);
    decision.notifiedOn = QDate(2026, 9, 18);
    REQUIRE(f.record(d, decision).ok());
    CHECK(CertificateStatus::at(f.dossier(f.certificate), QDate(2026, 9, 20)) ==
          CertificateStatus::Status::Withdrawn);
    QStringList warnings;
    auto appeal = f.service.record(d.number,
                                   SanctionFixture::step(QStringLiteral("appeal"), QDate(2026, 11, 20)),
                                   &warnings);
    REQUIRE(appeal.ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.constFirst().startsWith(QStringLiteral("councilOfStateAppealDays")));
    CHECK(f.service.stateOf(appeal.value()).phase == QStringLiteral("appealed"));
}

TEST_CASE("an inspection finding opens a sanction dossier and is linked to it", "[sanctions]")
{
    SanctionFixture f;
    QSqlQuery q(f.t.db().connection());
    // A draft finding as the inspection service leaves it (its own tests cover how it is made).
    auto inspection = f.s->inspections().add(
        {f.premises, QStringLiteral("proactive"), QDate(2026, 11, 2), QStringLiteral("inspector A"), {}});
    REQUIRE(inspection.ok());
    ChangeSet cs(QStringLiteral("test.finding"));
    const QString findingId = cs.create(QStringLiteral("findings"),
                                        {{QStringLiteral("inspection_id"), inspection.value()},
                                         {QStringLiteral("premises_id"), f.premises},
                                         {QStringLiteral("item_code"), QStringLiteral("register")},
                                         {QStringLiteral("description"),
                                          QStringLiteral("worker not pre-registered")}});
    REQUIRE(f.t.writes().apply(cs).ok());
    auto d = f.service.openFromFinding(findingId, QDate(2026, 11, 2),
                                       QStringLiteral("AN.55.L1.099999/2026"));
    REQUIRE(d.ok());
    CHECK(d->events.constFirst().findingId == findingId);
    REQUIRE(q.exec(QStringLiteral("SELECT sanction_id, status FROM findings WHERE id = '%1'")
                       .arg(findingId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == d->id);
    CHECK(q.value(1).toString() == QStringLiteral("sanction"));
    CHECK(f.service.openFromFinding(findingId, QDate(2026, 11, 2), QStringLiteral("x")).error().field ==
          QStringLiteral("one-dossier-per-finding"));
}

TEST_CASE("the deadline board shows a sanction's appeal term and its end with their reasons",
          "[sanctions]")
{
    SanctionFixture f;
    const HolderSanction d = f.heard();
    HolderSanctionEvent decision = SanctionFixture::step(QStringLiteral("decision"),
                                                         QDate(2026, 10, 1));
    decision.decision = QStringLiteral("suspension");
    decision.start = QDate(2026, 10, 15);
    decision.end = QDate(2026, 12, 2);
    decision.notifiedOn = QDate(2026, 10, 6); // appeal term until Monday 2026-12-07
    REQUIRE(f.record(d, decision).ok());
    DeadlineBoard board(f.t.db(), f.t.clock(), f.rules);
    DeadlineBoard::Options tenDays;
    tenDays.dueWithinDays = 10; // the appeal term ends 9 days from today
    auto items = board.compute(tenDays);
    REQUIRE(items.ok());
    CHECK(board.compute().value().size() == items.value().size() - 1);
    QStringList seen;
    for (const DeadlineItem& it : items.value()) {
        if (it.procedure == QLatin1String("certificate-sanction")) {
            seen << it.name + QLatin1Char(' ') + it.date.toString(Qt::ISODate);
            CHECK_FALSE(it.derivation.isEmpty());
        }
    }
    CHECK(seen == QStringList{QStringLiteral("sanctionEnd 2026-12-02"),
                              QStringLiteral("councilOfStateAppeal 2026-12-07")});
}
