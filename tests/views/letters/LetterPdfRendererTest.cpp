#include "letters/LetterPdfRenderer.h"

#include <QThread>
#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("the same letter renders to the same PDF bytes", "[letters]")
{
    const QString html = QStringLiteral(
        "<html><body><p><b>Betreft: aanvang</b></p><p>Geachte mevrouw, mijnheer,</p>"
        "<p>Op 1 september 2026 werd een inbreuk vastgesteld.</p></body></html>");
    const QDate date(2026, 9, 14);
    LetterPdfRenderer renderer;
    auto first = renderer.render(html, QStringLiteral("Aanvangsbrief GAS/2026/TS/0001"), date);
    REQUIRE(first.ok());
    CHECK(first->startsWith("%PDF-"));
    CHECK(first->contains("/Type /Page"));
    QThread::msleep(1100); // Qt stamps the second of rendering
    auto second = renderer.render(html, QStringLiteral("Aanvangsbrief GAS/2026/TS/0001"), date);
    REQUIRE(second.ok());
    CHECK(*second == *first);
    // Another text or another date gives another document.
    auto other = renderer.render(html + QStringLiteral("<p>x</p>"),
                                 QStringLiteral("Aanvangsbrief GAS/2026/TS/0001"), date);
    REQUIRE(other.ok());
    CHECK(*other != *first);
    auto later = renderer.render(html, QStringLiteral("Aanvangsbrief GAS/2026/TS/0001"),
                                 date.addDays(1));
    REQUIRE(later.ok());
    CHECK(*later != *first);
}

TEST_CASE("normalising keeps the length and replaces stamps and ids", "[letters]")
{
    const QByteArray pdf = "%PDF-1.4\n/CreationDate (D:20261128161502+01'00')\n"
                           "<xmp:CreateDate>2026-11-28T16:15:02+01:00</xmp:CreateDate>"
                           "uuid:0f8fad5b-d9cb-469f-a165-70867728950e\n"
                           "trailer << /ID [<0f8fad5bd9cb469fa16570867728950e> "
                           "<0f8fad5bd9cb469fa16570867728950e>] >>";
    const QByteArray out = LetterPdfRenderer::normalize(pdf, QDate(2026, 9, 14), "seed");
    CHECK(out.size() == pdf.size());
    CHECK(out.contains("(D:20260914120000+01'00')"));
    CHECK(out.contains("<xmp:CreateDate>2026-09-14T12:00:00+00:00<"));
    CHECK_FALSE(out.contains("0f8fad5b"));
}
