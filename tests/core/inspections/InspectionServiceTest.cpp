#include "core/certificates/CertificateFixture.h"
#include "inspections/BlobStore.h"
#include "inspections/ImageSniffer.h"

using namespace regie;

namespace {

using Answer = InspectionService::Answer;

QString addInspection(test::CertificateFixture& f, const QString& premises,
                      const QDate& date = QDate(2026, 11, 27))
{
    auto id = f.s->inspections().add({premises, QStringLiteral("proactive"), date,
                                      QStringLiteral("inspector B"), {}});
    REQUIRE(id.ok());
    return id.value();
}

void answerAll(test::CertificateFixture& f, const QString& inspection, const QString& result)
{
    auto checklist = f.s->templates().forDate(ChecklistTemplates::defaultCode(),
                                              QDate(2026, 11, 27));
    REQUIRE(checklist.ok());
    for (const auto& item : checklist->items)
        REQUIRE(f.s->inspections().answer(inspection, {item.code, {}, result, {}}).ok());
}

QByteArray png(int size = 64)
{
    QByteArray bytes("\x89PNG\r\n\x1A\n", 8);
    bytes.append(QByteArray(size - 8, 'x'));
    return bytes;
}

} // namespace

TEST_CASE("an inspection date in the future or an unknown premises is refused", "[inspections]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    auto future = f.s->inspections().add({premises, QStringLiteral("reactive"), QDate(2026, 11, 29),
                                          {}, {}});
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::Validation);
    CHECK(future.error().detail.contains(QStringLiteral("future")));
    CHECK(f.s->inspections().add({QStringLiteral("nope"), QStringLiteral("reactive"),
                                  QDate(2026, 11, 2), {}, {}}).error().code == ErrorCode::NotFound);
    CHECK(f.s->inspections().add({premises, QStringLiteral("random"), QDate(2026, 11, 2), {}, {}})
              .error().field == QStringLiteral("kind"));
    CHECK(f.t.count(QStringLiteral("inspections")) == 0);
}

TEST_CASE("answers are stored per item and window, and a window that does not exist is refused",
          "[inspections]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises(QStringLiteral("Vingerlingstraat"), QStringLiteral("4"), 2);
    const QString id = addInspection(f, premises);
    CHECK(f.changes(QStringLiteral("inspections"), id) > 0);
    auto a = f.s->inspections().answer(id, {QStringLiteral("panic-button"), QStringLiteral("2"),
                                            QStringLiteral("not-conform"), QStringLiteral("broken")});
    REQUIRE(a.ok());
    CHECK(f.changes(QStringLiteral("inspection_answers"), a.value()) > 0);
    auto wrongWindow = f.s->inspections().answer(
        id, {QStringLiteral("panic-button"), QStringLiteral("3"), QStringLiteral("conform"), {}});
    REQUIRE_FALSE(wrongWindow.ok());
    CHECK(wrongWindow.error().field == QStringLiteral("window"));
    CHECK(f.s->inspections().answer(id, {QStringLiteral("no-such-item"), {},
                                         QStringLiteral("conform"), {}}).error().field ==
          QStringLiteral("item"));
    CHECK(f.s->inspections().answer(id, {QStringLiteral("panic-button"), {},
                                         QStringLiteral("maybe"), {}}).error().field ==
          QStringLiteral("result"));
    // before finalising a second answer replaces the first (a draft)
    REQUIRE(f.s->inspections().answer(id, {QStringLiteral("panic-button"), QStringLiteral("2"),
                                           QStringLiteral("conform"), QStringLiteral("fixed")}).ok());
    auto inspection = f.s->inspections().repository().find(id);
    REQUIRE(inspection->answers.size() == 1);
    CHECK(inspection->answers.first().result == QStringLiteral("conform"));
}

TEST_CASE("finalising locks, and a correction is an amendment with a reason, never an overwrite",
          "[inspections]")
{
    test::CertificateFixture f;
    const QString id = addInspection(f, f.addPremises());
    REQUIRE(f.s->inspections().answer(id, {QStringLiteral("sanitary"), {},
                                           QStringLiteral("conform"), {}}).ok());
    auto early = f.s->inspections().finalise(id);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().detail.contains(QStringLiteral("panic-button")));
    answerAll(f, id, QStringLiteral("conform"));
    REQUIRE(f.s->inspections().finalise(id).ok());
    auto late = f.s->inspections().answer(id, {QStringLiteral("sanitary"), {},
                                               QStringLiteral("not-conform"), {}});
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::RuleViolation);
    const Answer change{QStringLiteral("sanitary"), {}, QStringLiteral("not-conform"),
                        QStringLiteral("no running water")};
    CHECK(f.s->inspections().amend(id, change, QStringLiteral(" ")).error().field ==
          QStringLiteral("reason"));
    auto amended = f.s->inspections().amend(id, change, QStringLiteral("typed in the wrong row"));
    REQUIRE(amended.ok());
    CHECK(f.changes(QStringLiteral("inspection_amendments"), amended.value()) > 0);
    auto inspection = f.s->inspections().repository().find(id);
    REQUIRE(inspection->isFinal());
    const InspectionAnswer* a = inspection->answer(QStringLiteral("sanitary"), {});
    REQUIRE(a);
    CHECK(a->result == QStringLiteral("conform")); // the original stays
    CHECK(a->effectiveResult() == QStringLiteral("not-conform"));
    REQUIRE(a->amendments.size() == 1);
    CHECK(a->amendments.first().reason == QStringLiteral("typed in the wrong row"));
}

TEST_CASE("amending an open inspection is refused: answer again instead", "[inspections]")
{
    test::CertificateFixture f;
    const QString id = addInspection(f, f.addPremises());
    CHECK(f.s->inspections().amend(id, {QStringLiteral("sanitary"), {}, QStringLiteral("na"), {}},
                                   QStringLiteral("why")).error().code == ErrorCode::RuleViolation);
}

TEST_CASE("a not-conform item becomes a draft finding", "[inspections]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    const QString id = addInspection(f, premises);
    REQUIRE(f.s->inspections().answer(id, {QStringLiteral("worker-registered"), QStringLiteral("1"),
                                           QStringLiteral("not-conform"),
                                           QStringLiteral("worker not pre-registered")}).ok());
    REQUIRE(f.s->inspections().answer(id, {QStringLiteral("sanitary"), {},
                                           QStringLiteral("conform"), {}}).ok());
    auto finding = f.s->inspections().draftFinding(id, QStringLiteral("worker-registered"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("worker not pre-registered"));
    REQUIRE(finding.ok());
    CHECK(f.changes(QStringLiteral("findings"), finding.value()) > 0);
    CHECK(f.s->inspections().draftFinding(id, QStringLiteral("sanitary"), {}, {}).error().code ==
          ErrorCode::RuleViolation);
    auto inspection = f.s->inspections().repository().find(id);
    REQUIRE(inspection->findings.size() == 1);
    CHECK(inspection->findings.first().status == QStringLiteral("draft"));
    CHECK(inspection->findings.first().premisesId == premises);
}

TEST_CASE("a photo that is no image or too large is refused with the reason, and the rest is kept",
          "[inspections]")
{
    test::CertificateFixture f;
    const QString id = addInspection(f, f.addPremises());
    REQUIRE(f.s->inspections().answer(id, {QStringLiteral("sanitary"), {},
                                           QStringLiteral("not-conform"), QStringLiteral("dirty")}).ok());
    auto text = f.s->inspections().addPhoto(id, QStringLiteral("sanitary"),
                                            QByteArray("just some text"), QStringLiteral("a.jpg"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().detail.contains(QStringLiteral("a.jpg is not an image")));

    InspectionService small(f.t.db(), f.t.writes(), f.t.clock(), f.s->templates(), 100);
    auto big = small.addPhoto(id, QStringLiteral("sanitary"), png(101), QStringLiteral("b.png"));
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().detail.contains(QStringLiteral("larger than the limit of 100 bytes")));

    auto ok = small.addPhoto(id, QStringLiteral("sanitary"), png(100), QStringLiteral("c.png"));
    REQUIRE(ok.ok());
    auto again = small.addPhoto(id, QStringLiteral("sanitary"), png(100), QStringLiteral("d.png"));
    REQUIRE(again.ok());
    CHECK(f.t.count(QStringLiteral("blobs")) == 1); // content-addressed: stored once
    auto inspection = f.s->inspections().repository().find(id);
    REQUIRE(inspection->photos.size() == 2);
    CHECK(inspection->photos.first().blobId == BlobStore::idOf(png(100)));
    CHECK(inspection->photos.first().blobId.size() == 64);
    CHECK(small.blobs().get(inspection->photos.first().blobId).value() == png(100));
    REQUIRE(inspection->answers.size() == 1); // the answer survived the refusals
    CHECK(inspection->answers.first().remark == QStringLiteral("dirty"));
}

TEST_CASE("image types are recognised by their first bytes", "[inspections]")
{
    CHECK(ImageSniffer::mediaType(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(20, 0)) ==
          QStringLiteral("image/jpeg"));
    CHECK(ImageSniffer::mediaType(png()) == QStringLiteral("image/png"));
    CHECK(ImageSniffer::mediaType(QByteArray("GIF89a") + QByteArray(10, 0)) ==
          QStringLiteral("image/gif"));
    CHECK(ImageSniffer::mediaType(QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16)) ==
          QStringLiteral("image/webp"));
    CHECK(ImageSniffer::mediaType(QByteArray("\0\0\0\x18" "ftypheic", 12)) ==
          QStringLiteral("image/heic"));
    CHECK(ImageSniffer::mediaType(QByteArray("%PDF-1.7")).isEmpty());
    CHECK(ImageSniffer::mediaType(QByteArray()).isEmpty());
}
