#include "letters/LetterRegisterWidget.h"

#include "core/procedures/GasTestSupport.h"
#include "letters/LetterPdfRenderer.h"
#include "letters/LetterRegisterDialogs.h"
#include "letters/LetterService.h"
#include "measures/MeasureService.h"
#include "procedures/GasDossierPanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace regie;
using namespace regie::gastest;

namespace {

struct RegisterFixture : Fixture
{
    MeasureService measures{t.db(), t.writes(), t.clock(), book};
    LetterService letters{t.db(), t.writes(), t.clock(),
                          gas,    measures,   LetterCatalogue::load().value()};
    LetterPdfRenderer renderer;
    GasDossierPanel panel{gas, t.clock()};
    QString dossierId;

    void today(const char* iso) { t.clock().set(QDateTime(d(iso), QTime(10, 0), Qt::UTC)); }

    // A dossier (facts 2026-09-01, finding received 2026-09-10) open in the dossier view with
    // one letter of `templateId` made on Monday 2026-09-14.
    Letter open(const char* templateId = "gas-start-letter")
    {
        today("2026-09-14");
        Person p;
        p.familyName = QStringLiteral("Peeters");
        p.givenNames = QStringLiteral("Jan");
        p.birthDate = d("1990-05-01");
        p.address = QStringLiteral("Kerkstraat 1\n2060 Antwerpen");
        auto person = people.add(p);
        REQUIRE(person.ok());
        dossierId = intake(intakeOf(*person, "2026-09-01", "2026-09-10")).id;
        auto made = letters.make({dossierId, QLatin1String(templateId), {}}, renderer);
        INFO((made.ok() ? QString() : made.error().detail).toStdString());
        REQUIRE(made.ok());
        panel.setLetters(&letters);
        REQUIRE(panel.load(dossierId));
        REQUIRE(panel.letterRegister());
        REQUIRE(panel.letterRegister()->selectLetter(made->letter.id));
        return made->letter;
    }

    QDate shown(const char* deadline) const
    {
        const auto* found = panel.view().clock.deadline(QLatin1String(deadline));
        return found ? found->date.date : QDate();
    }

    Letter stored(const QString& id)
    {
        auto letter = letters.repository().get(id);
        REQUIRE(letter.ok());
        return *letter;
    }

    QString cell(int column) const
    {
        return panel.letterRegister()->table()->currentItem()->text(column);
    }

    static void save(QDialog* dialog)
    {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    }
};

} // namespace

TEST_CASE("posting and receipt recorded in the dossier's letters move its deadlines",
          "[letters][views]")
{
    RegisterFixture f;
    const Letter letter = f.open();
    LetterRegisterWidget* reg = f.panel.letterRegister();
    CHECK(reg->letterCount() == 1);
    // The columns are where their headers say.
    QTreeWidgetItem* header = reg->table()->headerItem();
    CHECK(header->text(LetterRegisterWidget::PostedColumn) == LetterRegisterWidget::tr("Posted"));
    CHECK(header->text(LetterRegisterWidget::NotifiedColumn) ==
          LetterRegisterWidget::tr("Notified"));
    CHECK(reg->table()->columnCount() == LetterRegisterWidget::NotifiedColumn + 1);
    CHECK(f.cell(LetterRegisterWidget::PostedColumn) == LetterRegisterWidget::tr("not yet posted"));
    CHECK_FALSE(f.shown("defence").isValid()); // no term runs before the letter is posted
    CHECK(reg->recordReceipt() == nullptr);    // nothing to receive before posting

    LetterPostDialog* post = reg->recordPosting();
    REQUIRE(post);
    post->setPosting(d("2026-09-14"), QStringLiteral("RR123456785BE"));
    f.save(post);
    INFO(post->errorText().toStdString());
    CHECK(post->result() == QDialog::Accepted);
    // Posted Monday 2026-09-14: notified Thursday 2026-09-17, defence until Friday 2026-10-02.
    CHECK(f.stored(letter.id).postedDate == d("2026-09-14"));
    CHECK(f.stored(letter.id).tracking == QLatin1String("RR123456785BE"));
    CHECK(f.shown("defence") == d("2026-10-02"));
    CHECK(f.cell(LetterRegisterWidget::PostedColumn).contains(QLatin1String("RR123456785BE")));
    CHECK(f.cell(LetterRegisterWidget::DeliveryColumn) ==
          LetterRegisterWidget::tr("awaiting receipt"));
    CHECK(reg->findChild<QPushButton*>(QStringLiteral("letterReceipt"))->isEnabled());
    CHECK_FALSE(reg->findChild<QPushButton*>(QStringLiteral("letterPost"))->isEnabled());

    f.today("2026-09-20");
    LetterReceiptDialog* receipt = reg->recordReceipt();
    REQUIRE(receipt);
    receipt->setReceived(d("2026-09-15"));
    f.save(receipt);
    INFO(receipt->errorText().toStdString());
    CHECK(receipt->result() == QDialog::Accepted);
    // The proven receipt on Tuesday 2026-09-15 moves the defence term to 2026-09-30.
    CHECK(f.stored(letter.id).receivedDate == d("2026-09-15"));
    CHECK(f.stored(letter.id).notifiedDate == d("2026-09-15"));
    CHECK(f.shown("startNotification") == d("2026-09-15"));
    CHECK(f.shown("defence") == d("2026-09-30"));
    CHECK_FALSE(f.cell(LetterRegisterWidget::NotifiedColumn).isEmpty());
    CHECK(reg->recordPosting() == nullptr);
    CHECK(reg->recordReceipt() == nullptr);
}

TEST_CASE("a refused posting shows the reason in the dialog and changes nothing",
          "[letters][views]")
{
    RegisterFixture f;
    const Letter letter = f.open();
    const int events = f.t.count(QStringLiteral("gas_events"));
    LetterPostDialog* post = f.panel.letterRegister()->recordPosting();
    REQUIRE(post);
    post->setPosting(d("2026-09-14"), QStringLiteral("RR-12"));
    f.save(post);
    CHECK_FALSE(post->errorText().isEmpty());
    CHECK(post->isVisible());
    CHECK(post->result() != QDialog::Accepted);
    CHECK_FALSE(f.stored(letter.id).postedDate.isValid());
    CHECK(f.t.count(QStringLiteral("gas_events")) == events);
    CHECK_FALSE(f.shown("defence").isValid());
    post->close();
}

TEST_CASE("a letter that came back keeps the presumed notification and shows the return",
          "[letters][views]")
{
    RegisterFixture f;
    const Letter letter = f.open();
    LetterPostDialog* post = f.panel.letterRegister()->recordPosting();
    REQUIRE(post);
    post->setPosting(d("2026-09-14"), QStringLiteral("RR123456785BE"));
    f.save(post);
    REQUIRE(f.stored(letter.id).postedDate.isValid());
    f.today("2026-09-30");
    LetterReceiptDialog* receipt = f.panel.letterRegister()->recordReceipt();
    REQUIRE(receipt);
    receipt->setReturned(QStringLiteral("unclaimed"), d("2026-09-29"));
    f.save(receipt);
    INFO(receipt->errorText().toStdString());
    CHECK(f.stored(letter.id).returnedReason == QLatin1String("unclaimed"));
    CHECK(f.stored(letter.id).notifiedDate == d("2026-09-17"));
    CHECK(f.shown("defence") == d("2026-10-02"));
    CHECK(f.cell(LetterRegisterWidget::DeliveryColumn)
              .contains(LetterReceiptDialog::reasonLabel(QStringLiteral("unclaimed"))));
}

TEST_CASE("a letter by ordinary post has no register steps", "[letters][views]")
{
    RegisterFixture f;
    f.open("warning-letter");
    LetterRegisterWidget* reg = f.panel.letterRegister();
    CHECK(f.cell(LetterRegisterWidget::PostedColumn) == LetterRegisterWidget::tr("ordinary post"));
    CHECK(reg->recordPosting() == nullptr);
    CHECK(reg->recordReceipt() == nullptr);
    CHECK_FALSE(reg->findChild<QPushButton*>(QStringLiteral("letterPost"))->isEnabled());
}
