#include "IndicatorFixture.h"

using namespace regie;
using namespace regie::test;

namespace {

const QByteArray kCareHeader =
    "organisation;period_start;period_end;clients;contacts_medical;contacts_psychosocial;"
    "consultations_fixed;consultations_mobile;outreach_moments;group_activities;online_sessions;"
    "tests;referrals;cooperation_contacts\n";

QByteArray careRow(const char* org, const char* from, const char* to, int clients)
{
    return QByteArray(org) + ';' + from + ';' + to + ';' + QByteArray::number(clients) +
           ";10;20;30;40;5;6;7;8;9;11\n";
}

// The file is refused, its problems name `where` ("row 3, column clients") and nothing is
// written: no import, no aggregate, no change-log record.
void refused(IndicatorFixture& f, const QByteArray& content, const QString& where,
             const char* kind = "care")
{
    const int log = f.t.count(QStringLiteral("change_log"));
    auto r = f.ind->registration().import(QLatin1String(kind), QStringLiteral("file.csv"), content);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().detail.toStdString());
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(r.error().detail.contains(where));
    CHECK(r.error().detail.contains(QStringLiteral("nothing imported")));
    CHECK(f.t.count(QStringLiteral("registration_imports")) == 0);
    CHECK(f.t.count(QStringLiteral("registration_aggregates")) == 0);
    CHECK(f.t.count(QStringLiteral("change_log")) == log);
}

} // namespace

TEST_CASE("a care registration file becomes counts per organisation and period", "[indicators]")
{
    IndicatorFixture f;
    const QByteArray file = kCareHeader + careRow("ghapro", "2026-01-01", "2026-06-30", 410) +
                            careRow("boysproject", "2026-01-01", "2026-06-30", 95) +
                            careRow("ghapro", "2026-07-01", "2026-09-30", 50);
    auto r = f.ind->registration().import(QStringLiteral("care"), QStringLiteral("care.csv"), file);
    REQUIRE(r.ok());
    CHECK(r->rows == 3);
    CHECK(r->aggregates == 3 * 11);
    CHECK(f.value(QStringLiteral("1.1.clients"), "2026-01-01", "2026-06-30") == 410);
    CHECK(f.value(QStringLiteral("1.1.clients"), "2026-01-01", "2026-09-30") == 460);
    CHECK(f.value(QStringLiteral("1.2.clients"), "2026-01-01", "2026-12-31") == 95);
    CHECK(f.value(QStringLiteral("3.1.care-clients"), "2026-01-01", "2026-06-30") == 505);
    CHECK(f.value(QStringLiteral("3.1.care-files"), "2026-01-01", "2026-06-30") == 2);
    // A registration period not wholly inside the asked period is not counted.
    CHECK_FALSE(f.value(QStringLiteral("1.1.clients"), "2026-01-02", "2026-06-30").has_value());
    CHECK_FALSE(f.value(QStringLiteral("1.3.clients"), "2026-01-01", "2026-12-31").has_value());
    // The same periods again are refused: a corrected file replaces nothing silently.
    auto again =
        f.ind->registration().import(QStringLiteral("care"), QStringLiteral("again.csv"), file);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().detail.contains(QStringLiteral("already imported from care.csv")));
}

TEST_CASE("a safety registration file with comma separators is accepted", "[indicators]")
{
    IndicatorFixture f;
    const QByteArray file = "actor,period_start,period_end,controls,establishments_checked,"
                            "persons_checked,reports_pv,rir,information_reports,"
                            "administrative_arrests,judicial_arrests\n"
                            "lokale-politie,2025-07-01,2026-06-30,120,80,300,45,12,30,7,3\n"
                            "sl-bh-sd,2026-01-01,2026-06-30,40,40,0,10,0,0,0,0\n";
    auto r = f.ind->registration().import(QStringLiteral("safety"), QStringLiteral("s.csv"), file);
    REQUIRE(r.ok());
    CHECK(f.value(QStringLiteral("3.2.safety-controls"), "2025-07-01", "2026-06-30") == 160);
    CHECK(f.value(QStringLiteral("3.2.safety-files"), "2025-07-01", "2026-06-30") == 2);
    CHECK(f.value(QStringLiteral("3.2.safety-files"), "2026-01-01", "2026-06-30") == 1);
}

TEST_CASE("wrong headers are refused naming the column and nothing is imported", "[indicators]")
{
    IndicatorFixture f;
    QByteArray header = kCareHeader;
    header.replace("clients;", "client_name;");
    refused(f, header + careRow("ghapro", "2026-01-01", "2026-06-30", 1),
            QStringLiteral("row 1, column client_name: unknown column"));
    refused(f, header, QStringLiteral("row 1, column clients: column missing"));
    refused(f, kCareHeader + careRow("ghapro", "2026-01-01", "2026-06-30", 1),
            QStringLiteral("row 1, column actor: column missing"), "safety");
    refused(f, QByteArray(), QStringLiteral("row 1: the file is empty"));
}

TEST_CASE("wrong types and negative counts are refused with row and column", "[indicators]")
{
    IndicatorFixture f;
    QByteArray badCount = careRow("ghapro", "2026-01-01", "2026-06-30", 5);
    badCount.replace(";10;", ";tien;");
    refused(f, kCareHeader + careRow("msoc-free-clinic", "2026-01-01", "2026-06-30", 3) + badCount,
            QStringLiteral("row 3, column contacts_medical: 'tien' is not a whole number"));
    refused(f, kCareHeader + careRow("ghapro", "2026-01-01", "2026-06-30", -2),
            QStringLiteral("row 2, column clients: -2 is negative"));
    refused(f, kCareHeader + careRow("ghapro", "01/01/2026", "2026-06-30", 2),
            QStringLiteral("row 2, column period_start: '01/01/2026' is not a date"));
    refused(f, kCareHeader + careRow("ghapro", "2026-06-30", "2026-01-01", 2),
            QStringLiteral("row 2, column period_end: the period ends before it starts"));
    refused(f, kCareHeader + careRow("ghapro", "2026-01-01", "2026-12-31", 2),
            QStringLiteral("row 2, column period_end: 2026-12-31 lies in the future"));
    refused(f, kCareHeader + careRow("Jan Peeters", "2026-01-01", "2026-06-30", 2),
            QStringLiteral("row 2, column organisation"));
    refused(f, kCareHeader + "ghapro;2026-01-01;2026-06-30;1\n",
            QStringLiteral("row 2: 4 cells, the header has 14"));
}

TEST_CASE("duplicated periods in one file are refused naming both rows", "[indicators]")
{
    IndicatorFixture f;
    refused(f,
            kCareHeader + careRow("ghapro", "2026-01-01", "2026-06-30", 1) +
                careRow("boysproject", "2026-01-01", "2026-06-30", 1) +
                careRow("ghapro", "2026-03-01", "2026-03-31", 1),
            QStringLiteral("row 4, column period_start: ghapro 2026-03-01 to 2026-03-31 overlaps "
                           "row 2"));
}

TEST_CASE("an entered figure needs its source and date and counts inside the period",
          "[indicators]")
{
    IndicatorFixture f;
    IndicatorRecords& r = f.ind->records();
    const IndicatorCatalogue& c = f.ind->catalogue();
    IndicatorFigure fig{
        {}, QStringLiteral("2.4.periodic-reports"),        {day("2026-01-01"), day("2026-06-30")},
        3,  QStringLiteral("Lokale politie, jaarverslag"), day("2026-07-15"),
        {}};
    CHECK_FALSE(f.value(fig.indicatorKey, "2026-01-01", "2026-12-31").has_value());
    IndicatorFigure noSource = fig;
    noSource.source.clear();
    CHECK(r.addFigure(c, noSource).error().field == QStringLiteral("source"));
    IndicatorFigure negative = fig;
    negative.value = -1;
    CHECK(r.addFigure(c, negative).error().field == QStringLiteral("value"));
    IndicatorFigure computed = fig;
    computed.indicatorKey = QStringLiteral("2.2.gas-fines-client");
    CHECK(r.addFigure(c, computed).error().field == QStringLiteral("indicator"));
    REQUIRE(r.addFigure(c, fig).ok());
    CHECK(r.addFigure(c, fig).error().field == QStringLiteral("period")); // overlaps
    IndicatorFigure second = fig;
    second.period = {day("2026-07-01"), day("2026-09-30")};
    second.value = 2;
    second.source = QStringLiteral("Lokale politie, kwartaalrapport");
    second.sourceDate = day("2026-10-05");
    REQUIRE(r.addFigure(c, second).ok());
    CHECK(f.value(fig.indicatorKey, "2026-01-01", "2026-12-31") == 5);
    CHECK(f.value(fig.indicatorKey, "2026-01-01", "2026-06-30") == 3);
    auto v =
        f.ind->engine().value(*c.find(fig.indicatorKey), {day("2026-01-01"), day("2026-12-31")});
    CHECK(v->source.contains(QStringLiteral("jaarverslag")));
    CHECK(v->sourceDate == day("2026-10-05"));
    // A state figure (the database works: 1) takes the latest value, not a sum.
    IndicatorFigure state{
        {}, QStringLiteral("2.4.database-operational"), {day("2026-01-01"), day("2026-06-30")},
        1,  QStringLiteral("Lokale politie"),           day("2026-07-01"),
        {}};
    REQUIRE(r.addFigure(c, state).ok());
    state.period = {day("2026-07-01"), day("2026-09-30")};
    REQUIRE(r.addFigure(c, state).ok());
    CHECK(f.value(state.indicatorKey, "2026-01-01", "2026-12-31") == 1);
}
