#include "CertificateViewsFixture.h"
#include "certificates/FormDialog.h"
#include "inspections/FieldModeView.h"
#include "inspections/InspectionItemRow.h"
#include "inspections/InspectionRepository.h"
#include "inspections/InspectionsPage.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace regie;

namespace {

struct FieldFixture : test::CertificateViewsFixture
{
    QString premises = addPremises();
    QString inspection = addInspection(premises);
    std::unique_ptr<InspectionsPage> page;

    FieldModeView* open()
    {
        page = std::make_unique<InspectionsPage>(*s, t.writes(), t.clock());
        page->resize(1366, 768);
        page->show();
        QApplication::setActiveWindow(page.get());
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        REQUIRE(page->openInspection(inspection));
        return page->fieldMode();
    }

    // What a restarted program finds in the file: a fresh connection to the same database.
    Inspection reopened()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(11, 0), Qt::UTC));
        Workspace::Options options;
        options.path = t.path();
        options.userName = QStringLiteral("reader");
        options.seedActionPlan = false;
        auto ws = Workspace::open(options, clock);
        REQUIRE(ws.ok());
        auto found = InspectionRepository(ws.value()->db()).find(inspection);
        REQUIRE(found.ok());
        return found.value();
    }
};

} // namespace

TEST_CASE("field mode stores an answer given by key press at once", "[inspections][views]")
{
    FieldFixture f;
    FieldModeView* field = f.open();
    REQUIRE(field->rowCount() == 9);
    InspectionItemRow* first = field->row(0);
    CHECK(first->hasFocus()); // the first unanswered item
    QTest::keyClick(first, Qt::Key_2);
    CHECK(field->row(1)->hasFocus());                   // moves on to the next item
    CHECK(field->row(1)->property("current").toBool()); // and shows which one is current
    CHECK_FALSE(first->property("current").toBool());
    QTest::keyClick(field->row(1), Qt::Key_C);
    QTest::keyClick(field->row(2), Qt::Key_A);

    const Inspection stored = f.reopened();
    REQUIRE(stored.answers.size() == 3);
    CHECK(stored.answer(QStringLiteral("fire-extinguisher"), {})->result ==
          QStringLiteral("not-conform"));
    CHECK(stored.answer(QStringLiteral("escape-route"), {})->result == QStringLiteral("conform"));
    CHECK(stored.answer(QStringLiteral("panic-button"), {})->result == QStringLiteral("na"));
    CHECK(f.find<QLabel>(first, QStringLiteral("savedMark"))
              ->text()
              .startsWith(QStringLiteral("✓ Saved")));
    CHECK(f.find<QToolButton>(first, QStringLiteral("answer_not-conform"))->isChecked());
    CHECK(f.find<QLabel>(field, QStringLiteral("inspectionInfo"))
              ->text()
              .contains(QStringLiteral("version 1")));
}

TEST_CASE("field mode stores a remark after a pause in typing and on leaving the field",
          "[inspections][views]")
{
    FieldFixture f;
    FieldModeView* field = f.open();
    QTest::keyClick(field->row(0), Qt::Key_2);
    QLineEdit* remark = field->row(0)->remarkEdit();
    remark->setFocus();
    QTest::keyClicks(remark, QStringLiteral("Extinguisher expired"));
    CHECK(f.reopened().answers.at(0).remark.isEmpty()); // still typing
    QTest::qWait(InspectionItemRow::kRemarkIdleMs + 300);
    CHECK(f.reopened().answers.at(0).remark == QStringLiteral("Extinguisher expired"));

    QTest::keyClicks(remark, QStringLiteral(" in 2024"));
    field->row(3)->setFocus(); // focus-out stores without waiting
    CHECK(f.reopened().answers.at(0).remark == QStringLiteral("Extinguisher expired in 2024"));
    CHECK(f.reopened().answers.at(0).result == QStringLiteral("not-conform"));
}

TEST_CASE("a finalised inspection is read-only and a correction is an amendment",
          "[inspections][views]")
{
    FieldFixture f;
    FieldModeView* field = f.open();
    auto* finalise = f.find<QPushButton>(field, QStringLiteral("finaliseButton"));
    CHECK_FALSE(field->finalise(false)); // items unanswered: refused with the reason
    CHECK(f.find<QLabel>(field, QStringLiteral("fieldMessage"))
              ->text()
              .contains(QStringLiteral("items not answered")));
    for (int i = 0; i < field->rowCount(); ++i)
        QTest::keyClick(field->row(i), Qt::Key_1);
    REQUIRE(field->finalise(false));
    CHECK(field->isFinal());
    CHECK_FALSE(finalise->isEnabled());
    CHECK(f.find<QPushButton>(field, QStringLiteral("amendButton"))->isEnabled());

    InspectionItemRow* row = field->row(4);
    CHECK(row->isLocked());
    CHECK(row->remarkEdit()->isReadOnly());
    CHECK_FALSE(f.find<QToolButton>(row, QStringLiteral("answer_not-conform"))->isEnabled());
    QTest::keyClick(row, Qt::Key_2);
    CHECK(f.reopened().answer(QStringLiteral("sanitary"), {})->effectiveResult() ==
          QStringLiteral("conform"));

    CHECK_FALSE(field->amend(QStringLiteral("sanitary"), QStringLiteral("not-conform"), {}, {}));
    REQUIRE(field->amend(QStringLiteral("sanitary"), QStringLiteral("not-conform"),
                         QStringLiteral("no running water"),
                         QStringLiteral("inspector misread the tap")));
    const InspectionAnswer* amended = f.reopened().answer(QStringLiteral("sanitary"), {});
    CHECK(amended->result == QStringLiteral("conform")); // the original stays
    CHECK(amended->effectiveResult() == QStringLiteral("not-conform"));
    CHECK(f.find<QToolButton>(row, QStringLiteral("answer_not-conform"))->isChecked());
}

TEST_CASE("field mode attaches a photo from a file and refuses a file that is not an image",
          "[inspections][views]")
{
    FieldFixture f;
    FieldModeView* field = f.open();
    QTest::keyClick(field->row(0), Qt::Key_2);
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("not a picture");
    notes.close();
    CHECK_FALSE(field->attachPhoto(QStringLiteral("fire-extinguisher"), text));
    CHECK(field->message().contains(QStringLiteral("notes.txt is not an image")));
    CHECK(f.find<QLabel>(field->row(0), QStringLiteral("savedMark"))->text() ==
          QStringLiteral("✗ Photo refused"));
    Inspection stored = f.reopened();
    CHECK(stored.photos.isEmpty());
    CHECK(stored.answers.size() == 1); // the rest of the inspection is kept

    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString png = dir.filePath(QStringLiteral("door.png"));
    REQUIRE(image.save(png));
    REQUIRE(field->attachPhoto(QStringLiteral("fire-extinguisher"), png));
    stored = f.reopened();
    REQUIRE(stored.photos.size() == 1);
    CHECK(stored.photos.at(0).fileName == QStringLiteral("door.png"));
    CHECK(f.find<QLabel>(field->row(0), QStringLiteral("photoThumbnail"))->isVisible());
    CHECK(f.find<QToolButton>(field->row(0), QStringLiteral("photoButton"))
              ->text()
              .contains(QStringLiteral("1")));
}

TEST_CASE("field mode drafts a finding from a not-conform answer only", "[inspections][views]")
{
    FieldFixture f;
    FieldModeView* field = f.open();
    QTest::keyClick(field->row(0), Qt::Key_1);
    QTest::keyClick(field->row(0), Qt::Key_F);
    CHECK(field->message().contains(QStringLiteral("Only a not-conform answer")));
    CHECK(f.reopened().findings.isEmpty());

    QTest::keyClick(field->row(1), Qt::Key_2);
    QLineEdit* remark = field->row(1)->remarkEdit();
    remark->setFocus();
    QTest::keyClicks(remark, QStringLiteral("Corridor blocked"));
    field->row(1)->setFocus();
    QTest::keyClick(field->row(1), Qt::Key_F);
    const Inspection stored = f.reopened();
    REQUIRE(stored.findings.size() == 1);
    CHECK(stored.findings.at(0).itemCode == QStringLiteral("escape-route"));
    CHECK(stored.findings.at(0).description == QStringLiteral("Corridor blocked"));
    CHECK(stored.findings.at(0).status == QStringLiteral("draft"));
    CHECK(f.find<QLabel>(field->row(1), QStringLiteral("findingMark"))->isVisible());
}

TEST_CASE("field mode fits a 1366x768 laptop screen beside the navigation pane",
          "[inspections][views]")
{
    FieldFixture f;
    FieldModeView* field = f.open();
    f.page->resize(1366 - 270, 768 - 60); // minus the navigation pane, menu and status bar
    QApplication::processEvents();
    auto* scroll = field->findChild<QScrollArea*>();
    REQUIRE(scroll);
    CHECK(scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < field->rowCount(); ++i) {
        CHECK(field->row(i)->minimumSizeHint().width() <= scroll->viewport()->width());
        CHECK(field->row(i)->width() <= scroll->viewport()->width());
    }
    // large targets: the answer buttons are at least 40 pixels high
    CHECK(f.find<QToolButton>(field->row(0), QStringLiteral("answer_conform"))->height() >= 40);
}

TEST_CASE("field mode answers per window when a window is chosen", "[inspections][views]")
{
    FieldFixture f;
    FieldModeView* field = f.open();
    auto* chooser = f.find<QComboBox>(field, QStringLiteral("windowChooser"));
    REQUIRE(chooser->count() == 3); // the premises as a whole and windows 1 and 2
    QTest::keyClick(field->row(8), Qt::Key_1);
    CHECK_FALSE(field->setWindow(QStringLiteral("7"))); // no such window
    REQUIRE(field->setWindow(QStringLiteral("2")));
    CHECK(chooser->currentData() == QStringLiteral("2"));
    CHECK(field->row(8)->result().isEmpty()); // window 2 not answered yet
    QTest::keyClick(field->row(8), Qt::Key_2);
    const Inspection stored = f.reopened();
    REQUIRE(stored.answers.size() == 2);
    CHECK(stored.answer(QStringLiteral("worker-registered"), {})->result ==
          QStringLiteral("conform"));
    CHECK(stored.answer(QStringLiteral("worker-registered"), QStringLiteral("2"))->result ==
          QStringLiteral("not-conform"));
    REQUIRE(field->setWindow(QString()));
    CHECK(field->row(8)->result() == QStringLiteral("conform"));
}

TEST_CASE("an inspection started from an open dossier is reactive and linked to it",
          "[inspections][views]")
{
    FieldFixture f;
    auto dossier = f.s->certificates().apply(f.premises, QDate(2026, 11, 25));
    REQUIRE(dossier.ok());
    f.open();
    f.page->showList();
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll] {
        auto* dialog = qobject_cast<FormDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        dialog->accept();
    });
    poll->start(10);
    f.page->newInspection(f.premises, dossier.value());
    FieldModeView* field = f.page->fieldMode();
    REQUIRE(field->isVisible());
    REQUIRE(field->inspectionId() != f.inspection);
    auto stored = f.s->inspections().repository().find(field->inspectionId());
    REQUIRE(stored.ok());
    CHECK(stored->kind == QStringLiteral("reactive"));
    CHECK(stored->certificateId == dossier.value());
    CHECK(stored->premisesId == f.premises);
}
