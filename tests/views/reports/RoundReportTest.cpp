#include "reports/RoundReport.h"
#include "reports/TableExport.h"

#include "indicators/IndicatorServices.h"
#include "indicators/IndicatorTables.h"
#include "storage/Workspace.h"
#include "support/TestDatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTextDocument>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// Pages of the report as images, for a person to look at (REGIE_REPORT_PREVIEW=DIR).
void preview(QTextDocument& document, const QString& dir)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    const QSizeF page(595 * 1.3, 842 * 1.3);
    copy->setPageSize(page);
    for (int i = 0; i < copy->pageCount(); ++i) {
        QImage image(page.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.translate(0, -i * page.height());
        copy->drawContents(&p, QRectF(QPointF(0, i * page.height()), page));
        p.end();
        image.save(QDir(dir).filePath(QStringLiteral("page-%1.png").arg(i + 1)));
    }
}

} // namespace

TEST_CASE("a frozen round's PDF report has its pages and every indicator table", "[reports]")
{
    test::TestDatabase t(true);
    auto s = IndicatorServices::create(t.ws()).value();
    for (const char* date : {"2026-02-03", "2026-05-12"})
        REQUIRE(
            s->records().addMeeting({{}, QStringLiteral("owners"), day(date), {}, {}, {}}).ok());
    REQUIRE(s->records()
                .addNote({{},
                          QStringLiteral("covenant"),
                          day("2026-03-01"),
                          QStringLiteral("Convenant 2026"),
                          {}})
                .ok());
    REQUIRE(
        s->rounds().create(QStringLiteral("2025-H2"), {day("2025-07-01"), day("2025-12-31")}).ok());
    REQUIRE(
        s->rounds().create(QStringLiteral("2026-H1"), {day("2026-01-01"), day("2026-06-30")}).ok());
    REQUIRE(s->rounds().freeze(QStringLiteral("2025-H2"), s->engine(), s->catalogue()).ok());
    REQUIRE(s->rounds().freeze(QStringLiteral("2026-H1"), s->engine(), s->catalogue()).ok());

    auto data = RoundReportData::load(*s, t.db(), QStringLiteral("2026-H1"), QStringLiteral("nl"),
                                      t.clock().today());
    REQUIRE(data.ok());
    CHECK(data->previous.has_value());
    CHECK(data->fiches.size() == 12);
    RoundReport report(std::move(data).value());
    const QString text = report.document().toPlainText();
    // The summary and every fiche's indicator table, with its Dutch labels and values.
    CHECK(text.contains(QStringLiteral("Summary")));
    CHECK(text.count(QStringLiteral("Indicator")) >= 13);
    for (const IndicatorDefinition& d : s->catalogue().all()) {
        INFO(d.key.toStdString());
        CHECK(text.contains(d.labelNl));
    }
    CHECK(text.contains(QStringLiteral("Fiche 2.3 - ")));
    CHECK(text.contains(QStringLiteral("to be entered by the partner")));
    CHECK(text.contains(QStringLiteral("2025-H2")));
    if (const QString dir = qEnvironmentVariable("REGIE_REPORT_PREVIEW"); !dir.isEmpty())
        preview(report.document(), dir);

    const QString pdf = t.dir() + QStringLiteral("/report.pdf");
    auto pages = report.writePdf(pdf);
    REQUIRE(pages.ok());
    // Cover, summary, and three policy lines starting on a new page each.
    CHECK(pages.value() >= 5);
    CHECK(pages.value() < 40);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

// Not run by default: renders the pages of a round of an existing database for a person to look
// at. REGIE_REPORT_PREVIEW=DIR REGIE_PREVIEW_DB=FILE REGIE_PREVIEW_ROUND=NAME.
TEST_CASE("preview a round's report pages", "[.preview]")
{
    const QString dir = qEnvironmentVariable("REGIE_REPORT_PREVIEW");
    const QString path = qEnvironmentVariable("REGIE_PREVIEW_DB");
    if (dir.isEmpty() || path.isEmpty())
        return;
    FixedClock clock(QDateTime::currentDateTimeUtc());
    Workspace::Options options;
    options.path = path;
    options.userName = QStringLiteral("preview");
    auto ws = Workspace::open(options, clock);
    REQUIRE(ws.ok());
    auto s = IndicatorServices::create(*ws.value()).value();
    auto data =
        RoundReportData::load(*s, ws.value()->db(), qEnvironmentVariable("REGIE_PREVIEW_ROUND"),
                              QStringLiteral("nl"), clock.today());
    REQUIRE(data.ok());
    // REGIE_PREVIEW_QM=FILE: a translation to load first; REGIE_PREVIEW_PDF=FILE: write the PDF.
    QTranslator translator;
    if (const QString qm = qEnvironmentVariable("REGIE_PREVIEW_QM");
        !qm.isEmpty() && translator.load(qm))
        QCoreApplication::installTranslator(&translator);
    RoundReport report(std::move(data).value());
    preview(report.document(), dir);
    if (const QString pdf = qEnvironmentVariable("REGIE_PREVIEW_PDF"); !pdf.isEmpty())
        CHECK(report.writePdf(pdf).ok());
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("indicator tables export to CSV and XLSX", "[reports]")
{
    test::TestDatabase t(true);
    auto s = IndicatorServices::create(t.ws()).value();
    REQUIRE(s->records()
                .addMeeting({{},
                             QStringLiteral("core-group"),
                             day("2026-02-03"),
                             QStringLiteral("Kerngroep; februari"),
                             {},
                             {}})
                .ok());
    REQUIRE(
        s->rounds().create(QStringLiteral("2026-H1"), {day("2026-01-01"), day("2026-06-30")}).ok());
    auto round = s->rounds().find(QStringLiteral("2026-H1"));
    IndicatorTables tables(*s);
    auto all = tables.all(*round, QStringLiteral("nl"));
    REQUIRE(all.ok());
    REQUIRE(all->size() == 5);
    CHECK(all->at(0).rows.size() == s->catalogue().all().size());
    CHECK(all->at(1).rows.size() == 1);

    const QString csv = t.dir() + QStringLiteral("/indicators.csv");
    REQUIRE(TableExport::writeCsv(all->at(1), csv).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read it as UTF-8
    const QString content = QString::fromUtf8(bytes);
    CHECK(content.contains(QStringLiteral("date;type;title;participants")));
    CHECK(content.contains(QStringLiteral("2026-02-03;core-group;\"Kerngroep; februari\";")));

    const QString xlsx = t.dir() + QStringLiteral("/indicators.xlsx");
    REQUIRE(TableExport::writeXlsx(all.value(), xlsx).ok());
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == "PK");
    CHECK(book.size() > 5000);
    auto bad = TableExport::writeCsv(all->at(0), QStringLiteral("/nonexistent/dir/x.csv"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Io);
}
