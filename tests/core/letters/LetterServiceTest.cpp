#include "../calendar/FakeTranslator.h"
#include "../procedures/GasTestSupport.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "letters/RegisteredPost.h"
#include "letters/LetterSettings.h"
#include "measures/MeasureService.h"

#include <QCryptographicHash>

using namespace regie;
using namespace regie::gastest;

namespace {

// Stands in for the PDF renderer: the bytes are a function of the html, title and date only.
class FakeRenderer : public LetterRenderer
{
public:
    Result<QByteArray> render(const QString& html, const QString& title,
                              const QDate& date) const override
    {
        ++calls;
        lastHtml = html;
        return QByteArray("%PDF-fake ") + title.toUtf8() + ' ' +
               date.toString(Qt::ISODate).toLatin1() + ' ' +
               QCryptographicHash::hash(html.toUtf8(), QCryptographicHash::Sha256).toHex();
    }
    mutable int calls = 0;
    mutable QString lastHtml;
};

struct LetterFixture : Fixture
{
    MeasureService measures{t.db(), t.writes(), t.clock(), book};
    LetterService letters{t.db(), t.writes(), t.clock(), gas, measures,
                          LetterCatalogue::load().value()};
    FakeRenderer renderer;

    void today(const char* iso)
    {
        t.clock().set(QDateTime(d(iso), QTime(10, 0), Qt::UTC));
    }

    // A dossier with facts on 2026-09-01 and the finding received on 2026-09-10; today is
    // Monday 2026-09-14.
    GasOutcome dossier()
    {
        today("2026-09-14");
        Person p;
        p.familyName = QStringLiteral("Peeters");
        p.givenNames = QStringLiteral("Jan");
        p.birthDate = d("1990-05-01");
        p.address = QStringLiteral("Kerkstraat 1\n2060 Antwerpen");
        auto id = people.add(p);
        REQUIRE(id.ok());
        return intake(intakeOf(*id, "2026-09-01", "2026-09-10"));
    }

    Letter make(const QString& dossier, const char* templateId, QJsonObject extra = {})
    {
        auto made = letters.make({dossier, QLatin1String(templateId), extra}, renderer);
        INFO((made.ok() ? QString() : made.error().detail).toStdString());
        REQUIRE(made.ok());
        return made->letter;
    }

    QDate deadline(const QString& dossier, const char* name)
    {
        auto view = gas.view(dossier);
        REQUIRE(view.ok());
        const auto* found = view->clock.deadline(QLatin1String(name));
        return found ? found->date.date : QDate();
    }
};

} // namespace

TEST_CASE("a start letter is filled from the dossier and stored with its data", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter letter = f.make(o.number, "gas-start-letter");
    CHECK(letter.templateVersion == 1);
    CHECK(letter.registered);
    CHECK(letter.data.value(QStringLiteral("personName")).toString() == QLatin1String("Jan Peeters"));
    CHECK(letter.data.value(QStringLiteral("factsDate")).toString() ==
          QStringLiteral("1 september 2026"));
    CHECK(letter.data.value(QStringLiteral("intendedFine")).toString() ==
          QStringLiteral("150,00 euro"));
    CHECK(letter.data.value(QStringLiteral("defenceDays")).toString() == QLatin1String("15"));
    CHECK(f.renderer.lastHtml.contains(QLatin1String("Kerkstraat 1<br>2060 Antwerpen")));
    CHECK(f.renderer.lastHtml.contains(QLatin1String("hoorzitting"))); // 150 EUR > 70 EUR
    CHECK(f.t.count(QStringLiteral("letters")) == 1);
    CHECK(f.t.count(QStringLiteral("blobs")) == 1);
    auto stored = f.letters.repository().get(letter.id);
    REQUIRE(stored.ok());
    CHECK(stored->data == letter.data);
    CHECK(stored->pdfBlobId == letter.pdfBlobId);
}

TEST_CASE("a reprint returns the stored bytes and a re-rendering gives the same", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter letter = f.make(o.number, "gas-start-letter");
    auto first = f.letters.reprint(letter.id);
    REQUIRE(first.ok());
    // The letterhead changes and days pass: the letter as sent stays as it was.
    REQUIRE(LetterSettings(f.t.db(), f.t.writes())
                .set(QStringLiteral("serviceName"), QStringLiteral("Nieuwe dienst"))
                .ok());
    f.today("2026-10-20");
    auto again = f.letters.reprint(letter.id);
    REQUIRE(again.ok());
    CHECK(*again == *first);
    auto rerendered = f.letters.rerender(letter.id, f.renderer);
    REQUIRE(rerendered.ok());
    CHECK(*rerendered == *first);
    CHECK_FALSE(f.renderer.lastHtml.contains(QLatin1String("Nieuwe dienst")));
}

TEST_CASE("a letter that needs what the dossier lacks is refused by name", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    auto decision = f.letters.make({o.number, QStringLiteral("gas-decision"), {}}, f.renderer);
    REQUIRE_FALSE(decision.ok());
    CHECK(decision.error().field == QLatin1String("decisionDate"));
    auto hearing = f.letters.make({o.number, QStringLiteral("hearing-invitation"),
                                   {{QStringLiteral("hearingTime"), QStringLiteral("10 uur")}}},
                                  f.renderer);
    REQUIRE_FALSE(hearing.ok());
    CHECK(hearing.error().field == QLatin1String("hearingDate"));
    // A value from the dossier cannot be replaced.
    auto forged = f.letters.make({o.number, QStringLiteral("gas-start-letter"),
                                  {{QStringLiteral("intendedFine"), QStringLiteral("1 euro")}}},
                                 f.renderer);
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.error().field == QLatin1String("intendedFine"));
    CHECK(f.t.count(QStringLiteral("letters")) == 0);
    CHECK(f.t.count(QStringLiteral("blobs")) == 0);
}

TEST_CASE("posting a start letter starts the legal clock from the presumed notification",
          "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter letter = f.make(o.number, "gas-start-letter");
    auto posted = f.letters.post(letter.id, d("2026-09-14"), QStringLiteral("RR123456785BE"));
    INFO((posted.ok() ? QString() : posted.error().detail).toStdString());
    REQUIRE(posted.ok());
    CHECK(posted->warnings.isEmpty());
    // Monday 2026-09-14 -> notified Thursday 2026-09-17; defence 15 days -> Friday 2026-10-02.
    CHECK(posted->letter.notifiedDate == d("2026-09-17"));
    CHECK(posted->letter.notifiedHow.contains(QLatin1String("third working day")));
    CHECK(f.state(o.id) == QLatin1String("started"));
    CHECK(f.deadline(o.id, "defence") == d("2026-10-02"));
    CHECK(f.letters.repository().get(letter.id)->notifiedDate == d("2026-09-17"));
    // Posting twice is refused.
    auto twice = f.letters.post(letter.id, d("2026-09-14"), QStringLiteral("RR123456785BE"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == QLatin1String("already-posted"));
}

TEST_CASE("a letter posted in a Dutch session stores its notification in English",
          "[letters][translation]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter letter = f.make(o.number, "gas-start-letter");
    const test::FakeTranslator dutch(test::dutchCalendarTexts());
    // What the user sees is Dutch...
    CHECK(RegisteredPost::notification(d("2026-09-14"), {}, {})
              .derivation.startsWith(QLatin1String("vermoed ontvangen op 2026-09-17")));
    // ...what is stored (and synced) is not.
    auto posted = f.letters.post(letter.id, d("2026-09-14"), QStringLiteral("RR123456785BE"));
    REQUIRE(posted.ok());
    const QString english =
        QStringLiteral("notified 2026-09-17: third working day after posting on 2026-09-14");
    CHECK(posted->letter.notifiedHow == english);
    CHECK(f.letters.repository().get(letter.id)->notifiedHow == english);
}

TEST_CASE("a proven receipt moves the terms to the receipt date", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter letter = f.make(o.number, "gas-start-letter");
    REQUIRE(f.letters.post(letter.id, d("2026-09-14"), QStringLiteral("RR123456785BE")).ok());
    f.today("2026-09-20");
    auto early = f.letters.receipt(letter.id, d("2026-09-12"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QLatin1String("receipt-date"));
    auto received = f.letters.receipt(letter.id, d("2026-09-15"));
    INFO((received.ok() ? QString() : received.error().detail).toStdString());
    REQUIRE(received.ok());
    CHECK(received->letter.notifiedDate == d("2026-09-15"));
    // Received Tuesday 2026-09-15: defence 15 days -> Wednesday 2026-09-30.
    CHECK(f.deadline(o.id, "startNotification") == d("2026-09-15"));
    CHECK(f.deadline(o.id, "defence") == d("2026-09-30"));
}

TEST_CASE("a returned letter keeps the presumed notification", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter letter = f.make(o.number, "gas-start-letter");
    REQUIRE(f.letters.post(letter.id, d("2026-09-14"), QStringLiteral("3232999012345678")).ok());
    f.today("2026-09-30");
    auto bad = f.letters.returned(letter.id, QStringLiteral("lost"), d("2026-09-29"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QLatin1String("returned"));
    auto back = f.letters.returned(letter.id, QStringLiteral("unclaimed"), d("2026-09-29"));
    REQUIRE(back.ok());
    CHECK(back->letter.notifiedDate == d("2026-09-17"));
    CHECK(f.deadline(o.id, "defence") == d("2026-10-02"));
    CHECK_FALSE(f.letters.receipt(letter.id, d("2026-09-20")).ok());
}

TEST_CASE("a decision letter carries the decision and its posting date", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter start = f.make(o.number, "gas-start-letter");
    REQUIRE(f.letters.post(start.id, d("2026-09-14"), QStringLiteral("RR123456785BE")).ok());
    f.today("2026-10-05");
    f.step(o.id, Fixture::ev("decision-posted", "2026-10-05", 120.0));
    const Letter decision = f.make(o.number, "gas-decision");
    CHECK(decision.data.value(QStringLiteral("decidedFine")).toString() ==
          QStringLiteral("120,00 euro"));
    CHECK(decision.data.value(QStringLiteral("paymentReference")).toString().startsWith(
        QLatin1String("+++")));
    CHECK(decision.data.value(QStringLiteral("cityIban")).toString() ==
          QLatin1String("BE68 5390 0754 7034"));
    f.today("2026-10-06");
    auto wrongDay = f.letters.post(decision.id, d("2026-10-06"), QStringLiteral("RR123456785BE"));
    REQUIRE_FALSE(wrongDay.ok());
    CHECK(wrongDay.error().field == QLatin1String("posting-date-differs"));
    REQUIRE(f.letters.post(decision.id, d("2026-10-05"), QStringLiteral("RR123456785BE")).ok());
    f.today("2026-10-09");
    // Received Wednesday 2026-10-07: payment within one month -> Saturday 2026-11-07 -> Monday.
    REQUIRE(f.letters.receipt(decision.id, d("2026-10-07")).ok());
    CHECK(f.deadline(o.id, "decisionNotification") == d("2026-10-07"));
    CHECK(f.deadline(o.id, "payment") == d("2026-11-09"));
    auto listed = f.letters.list(o.number);
    REQUIRE(listed.ok());
    CHECK(listed->size() == 2);
}

TEST_CASE("a letter by ordinary post has no place in the register", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter warning = f.make(o.number, "warning-letter");
    CHECK_FALSE(warning.registered);
    auto posted = f.letters.post(warning.id, d("2026-09-14"), QStringLiteral("RR123456785BE"));
    REQUIRE_FALSE(posted.ok());
    CHECK(posted.error().field == QLatin1String("not-registered"));
}

TEST_CASE("the city's IBAN in the letterhead is checked", "[letters]")
{
    LetterFixture f;
    LetterSettings settings(f.t.db(), f.t.writes());
    auto bad = settings.set(QStringLiteral("cityIban"), QStringLiteral("BE41091811735141"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidIdentifier);
    CHECK_FALSE(settings.set(QStringLiteral("colour"), QStringLiteral("red")).ok());
    REQUIRE(settings.set(QStringLiteral("cityIban"), QStringLiteral("be68 5390 0754 7034")).ok());
    CHECK(settings.values()->value(QStringLiteral("cityIban")).toString() ==
          QLatin1String("BE68539007547034"));
}

TEST_CASE("a payment reminder waits until the payment is overdue", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    f.step(o.id, Fixture::ev("start-letter-posted", "2026-09-14"));
    f.today("2026-10-05");
    f.step(o.id, Fixture::ev("decision-posted", "2026-10-05", 120.0));
    auto early = f.letters.make({o.number, QStringLiteral("payment-reminder"), {}}, f.renderer);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QLatin1String("payment-not-overdue"));
    CHECK(early.error().detail.contains(QLatin1String("open")));
    // Notified Thursday 2026-10-08, payment due Monday 2026-11-09 (the 8th is a Sunday).
    f.today("2026-11-10");
    const Letter reminder = f.make(o.number, "payment-reminder");
    CHECK(reminder.data.value(QStringLiteral("paymentDue")).toString() ==
          QStringLiteral("9 november 2026"));
    CHECK(reminder.data.value(QStringLiteral("outstanding")).toString() ==
          QStringLiteral("120,00 euro"));
}

TEST_CASE("the register lists the letters posted in a period", "[letters]")
{
    LetterFixture f;
    const GasOutcome o = f.dossier();
    const Letter posted = f.make(o.number, "gas-start-letter");
    f.make(o.number, "gas-start-letter"); // made, not posted
    REQUIRE(f.letters.post(posted.id, d("2026-09-14"), QStringLiteral("RR123456785BE")).ok());
    auto day = f.letters.repository().posted(d("2026-09-14"), d("2026-09-14"));
    REQUIRE(day.ok());
    REQUIRE(day->size() == 1);
    CHECK(day->first().id == posted.id);
    CHECK(day->first().tracking == QLatin1String("RR123456785BE"));
    CHECK(f.letters.repository().posted(d("2026-09-15"), d("2026-09-30"))->isEmpty());
}
