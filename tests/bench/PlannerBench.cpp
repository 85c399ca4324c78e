// The planner and the certificate list over 300 premises with 10 years of history
// (issue 4: target 50 ms each). REGIE_BENCH_SMOKE=1 runs each once over 30 premises: the ctest
// smoke test, which proves the benchmark builds and its queries answer; it never checks a time.
#include "common/Clock.h"
#include "inspections/CertificateServices.h"
#include "storage/ChangeSet.h"
#include "storage/Workspace.h"

#include "BenchMain.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace {

using namespace regie;

// A database at 2026-11-28 with `count` premises, each with a proactive inspection every year
// 2016-2025 and a certificate dossier every three years with twelve dated events.
struct History
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<CertificateServices> services;
    QString error;

    explicit History(int count)
    {
        Workspace::Options options{dir.filePath(QStringLiteral("planner.db")),
                                   Database::Lock::None, QStringLiteral("bench"),
                                   QStringLiteral("PB"), QStringLiteral("Planner bench"), false};
        auto opened = Workspace::open(options, clock);
        if (!opened.ok()) {
            error = opened.error().detail;
            return;
        }
        ws = std::move(opened).value();
        if (!build(count))
            return;
        auto made = CertificateServices::create(*ws);
        if (!made.ok()) {
            error = made.error().detail;
            return;
        }
        services = std::move(made).value();
    }

    bool apply(const ChangeSet& cs)
    {
        auto applied = ws->writes().apply(cs);
        if (!applied.ok())
            error = applied.error().detail;
        return applied.ok();
    }

    bool build(int count)
    {
        ChangeSet checklist(QStringLiteral("bench.checklist"));
        checklist.create(QStringLiteral("checklist_templates"), QStringLiteral("t"),
                         {{QStringLiteral("code"), QStringLiteral("window-premises")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("valid_from"), QDate(2010, 1, 1)},
                          {QStringLiteral("items_json"), QStringLiteral("[]")}});
        if (!apply(checklist))
            return false;
        for (int p = 0; p < count; ++p) {
            ChangeSet cs(QStringLiteral("bench.history"));
            const QString premises =
                cs.create(QStringLiteral("premises"),
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
                const QString c =
                    cs.create(QStringLiteral("certificates"),
                              {{QStringLiteral("premises_id"), premises},
                               {QStringLiteral("kind"), QStringLiteral("application")},
                               {QStringLiteral("application_date"), QDate(y, 1, 5)}});
                for (int e = 0; e < 12; ++e)
                    cs.create(QStringLiteral("certificate_events"),
                              {{QStringLiteral("certificate_id"), c},
                               {QStringLiteral("kind"), e == 11 ? QStringLiteral("decision")
                                                                : QStringLiteral("document")},
                               {QStringLiteral("event_date"), QDate(y, 1, 5 + e)},
                               {QStringLiteral("outcome"),
                                e == 11 ? QStringLiteral("granted") : QString()},
                               {QStringLiteral("valid_until"), QDate(y + 2, 1, 15)}});
            }
            if (!apply(cs))
                return false;
        }
        return true;
    }
};

// Built once per size, released before the application object goes (main).
std::map<int, std::unique_ptr<History>>& histories()
{
    static std::map<int, std::unique_ptr<History>> made;
    return made;
}

History& history(int count)
{
    auto& slot = histories()[count];
    if (!slot)
        slot = std::make_unique<History>(count);
    return *slot;
}

void BM_Planner(benchmark::State& state)
{
    const int count = int(state.range(0));
    History& h = history(count);
    if (!h.services) {
        state.SkipWithError(h.error.toStdString().c_str());
        return;
    }
    qsizetype items = 0;
    for (auto _ : state) {
        auto planned = h.services->planner().forYear(2026);
        if (!planned.ok()) {
            state.SkipWithError(planned.error().detail.toStdString().c_str());
            return;
        }
        items = planned->size();
    }
    // every premises: no 2026 inspection and a renewal due
    if (items != 2 * count)
        state.SkipWithError("unexpected number of planner items");
    state.counters["items"] = double(items);
}

void BM_CertificateList(benchmark::State& state)
{
    const int count = int(state.range(0));
    History& h = history(count);
    if (!h.services) {
        state.SkipWithError(h.error.toStdString().c_str());
        return;
    }
    qsizetype dossiers = 0;
    for (auto _ : state) {
        auto list = h.services->certificates().repository().list(
            {}, CertificateRepository::Detail::Summary);
        if (!list.ok()) {
            state.SkipWithError(list.error().detail.toStdString().c_str());
            return;
        }
        dossiers = list->size();
    }
    if (dossiers != 4 * count)
        state.SkipWithError("unexpected number of certificate dossiers");
    state.counters["dossiers"] = double(dossiers);
}

} // namespace

int main(int argc, char** argv)
{
    const int premises = regie::bench::smokeRun() ? 30 : 300;
    return regie::bench::benchMain(
        argc, argv,
        [premises] {
            regie::bench::registerSized("BM_Planner", BM_Planner, premises);
            regie::bench::registerSized("BM_CertificateList", BM_CertificateList, premises);
        },
        [] { histories().clear(); });
}
