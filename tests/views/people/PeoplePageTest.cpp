#include "people/PeoplePage.h"

#include "people/PeopleService.h"
#include "people/PersonEditor.h"
#include "people/PersonListModel.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace regie;

namespace {

struct Fixture
{
    test::TestDatabase t;
    PeopleService people{t.db(), t.writes()};
    std::unique_ptr<PeoplePage> page;
    QStringList status;

    void open()
    {
        page = std::make_unique<PeoplePage>(people, t.writes());
        QObject::connect(page.get(), &Page::statusMessage,
                         [this](const QString& text) { status.append(text); });
        page->resize(1366, 768);
        page->show();
    }

    template <typename T> T* find(const char* name) const
    {
        T* widget = page->findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    QString add(const QString& family, const QString& number = {})
    {
        Person p;
        p.familyName = family;
        p.givenNames = QStringLiteral("Jan");
        p.nationalNumber = number;
        auto id = people.add(p);
        REQUIRE(id.ok());
        return id.value();
    }

    void select(int row)
    {
        auto* table = find<QTableView>("peopleTable");
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    }
};

// Answers the next modal message box (when it shows up) with `act`.
void answerNextMessageBox(std::function<void(QMessageBox*)> act, QString* shownText = nullptr)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, act, shownText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        if (shownText)
            *shownText = box->text() + QLatin1Char('\n') + box->informativeText();
        act(box);
    });
    poll->start(10);
}

} // namespace

TEST_CASE("a wrong national number is refused while typing and saving stores nothing",
          "[people][views]")
{
    Fixture f;
    f.open();
    auto* empty = f.find<QLabel>("peopleEmptyState");
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(QStringLiteral("No people yet")));
    CHECK(empty->text().contains(QStringLiteral("Ctrl+N")));

    f.find<QAction>("newPersonAction")->trigger();
    QTest::keyClicks(f.find<QLineEdit>("familyNameEdit"), QStringLiteral("Voorbeeldt"));
    auto* number = f.find<QLineEdit>("nationalNumberEdit");
    auto* message = f.find<QLabel>("nationalNumberMessage");
    QTest::keyClicks(number, QStringLiteral("85.07"));
    CHECK(message->text() == QStringLiteral("4 of 11 digits")); // no error while still typing
    QTest::keyClicks(number, QStringLiteral(".30-033.29"));
    CHECK(message->isVisible());
    CHECK(message->text().startsWith(QStringLiteral("✗ ")));
    CHECK(message->text().contains(QStringLiteral("check digits")));
    CHECK(f.page->hasUnsavedChanges());

    QTest::mouseClick(f.find<QPushButton>("savePersonButton"), Qt::LeftButton);
    CHECK(f.t.count(QStringLiteral("persons")) == 0);
    CHECK(f.t.count(QStringLiteral("change_log")) == 0);
    CHECK(number->text() == QStringLiteral("85.07.30-033.29")); // the input is kept
    CHECK(message->text().startsWith(QStringLiteral("✗ ")));
    CHECK(f.page->hasUnsavedChanges());
    CHECK_FALSE(f.page->save());
    CHECK(f.t.count(QStringLiteral("persons")) == 0);
}

TEST_CASE("a valid national number is confirmed while typing, stored compact and logged",
          "[people][views]")
{
    Fixture f;
    f.open();
    f.find<QAction>("newPersonAction")->trigger();
    QTest::keyClicks(f.find<QLineEdit>("familyNameEdit"), QStringLiteral("Voorbeeldt"));
    QTest::keyClicks(f.find<QLineEdit>("givenNamesEdit"), QStringLiteral("Jan"));
    QTest::keyClicks(f.find<QLineEdit>("nationalNumberEdit"), QStringLiteral("85.07.30-033.28"));
    const QString message = f.find<QLabel>("nationalNumberMessage")->text();
    CHECK(message.startsWith(QStringLiteral("✓ valid: 85.07.30-033.28, born ")));
    CHECK(message.contains(QStringLiteral("1985")));
    CHECK(message.endsWith(QStringLiteral("male")));

    QTest::mouseClick(f.find<QPushButton>("savePersonButton"), Qt::LeftButton);
    REQUIRE(f.t.count(QStringLiteral("persons"),
                      QStringLiteral("national_number = '85073003328'")) == 1);
    const QString id = f.page->editor()->personId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(f.t.count(QStringLiteral("change_log"), QStringLiteral("entity_id = '%1'").arg(id)) > 0);
    CHECK_FALSE(f.page->hasUnsavedChanges());
    CHECK(f.find<QLineEdit>("birthDateEdit")->text() == QStringLiteral("30/07/1985"));
    CHECK(f.find<QLabel>("personHeading")->text() == QStringLiteral("Voorbeeldt, Jan"));
    // The list followed the write path and keeps the saved person selected.
    auto* table = f.find<QTableView>("peopleTable");
    CHECK(table->isVisible());
    REQUIRE(f.page->model()->rowCount() == 1);
    CHECK(table->selectionModel()->currentIndex().row() == 0);
    CHECK(f.status.contains(QStringLiteral("Saved Voorbeeldt, Jan.")));
}

TEST_CASE("an organisation's company number is checked live and refusals name the field",
          "[people][views]")
{
    Fixture f;
    f.open();
    f.find<QAction>("newOrganisationAction")->trigger();
    CHECK(f.find<QLineEdit>("legalNameEdit")->isVisible());
    CHECK_FALSE(f.find<QLineEdit>("familyNameEdit")->isVisible());
    CHECK_FALSE(f.find<QLineEdit>("nationalNumberEdit")->isVisible());
    auto* company = f.find<QLineEdit>("companyNumberEdit");
    auto* message = f.find<QLabel>("companyNumberMessage");
    QTest::keyClicks(company, QStringLiteral("0440.966.355"));
    CHECK(message->text().startsWith(QStringLiteral("✗ ")));
    company->clear();
    QTest::keyClicks(company, QStringLiteral("BE 0440 966 354"));
    CHECK(message->text() == QStringLiteral("✓ valid: 0440.966.354"));

    // No legal name: the service refuses and the reason shows under that field.
    REQUIRE_FALSE(f.page->save());
    auto* nameMessage = f.find<QLabel>("legalNameMessage");
    CHECK(nameMessage->isVisible());
    CHECK(nameMessage->text().startsWith(QStringLiteral("✗ Legal name")));
    CHECK(f.t.count(QStringLiteral("persons")) == 0);

    QTest::keyClicks(f.find<QLineEdit>("legalNameEdit"), QStringLiteral("Fictieve Panden"));
    REQUIRE(f.page->save());
    CHECK(f.t.count(QStringLiteral("persons"),
                    QStringLiteral("kind = 'legal' AND company_number = '0440966354'")) == 1);
    CHECK_FALSE(nameMessage->isVisible());
}

TEST_CASE("an unreadable birth date is refused before anything is saved", "[people][views]")
{
    Fixture f;
    f.open();
    f.find<QAction>("newPersonAction")->trigger();
    QTest::keyClicks(f.find<QLineEdit>("familyNameEdit"), QStringLiteral("Voorbeeldt"));
    QTest::keyClicks(f.find<QLineEdit>("birthDateEdit"), QStringLiteral("31/02/1985"));
    auto* message = f.find<QLabel>("birthDateMessage");
    CHECK(message->isVisible());
    CHECK(message->text().startsWith(QStringLiteral("✗ ")));
    CHECK_FALSE(f.page->save());
    CHECK(f.t.count(QStringLiteral("persons")) == 0);
}

TEST_CASE("selecting a person opens them with an audited read and the search filters in SQL",
          "[people][views]")
{
    Fixture f;
    f.add(QStringLiteral("Aerts"));
    const QString voorbeeldt = f.add(QStringLiteral("Voorbeeldt"), QStringLiteral("85073003328"));
    f.open();
    REQUIRE(f.page->model()->rowCount() == 2);
    f.page->activate();
    CHECK(f.status.last() == QStringLiteral("People: 2"));
    f.select(1);
    REQUIRE(QTest::qWaitFor([&] { return f.page->editor()->personId() == voorbeeldt; }, 2000));
    CHECK(f.find<QLineEdit>("nationalNumberEdit")->text() == QStringLiteral("85.07.30-033.28"));
    CHECK(f.t.count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'read' AND entity_id = '%1'").arg(voorbeeldt)) == 1);

    QTest::keyClicks(f.find<QLineEdit>("peopleSearch"), QStringLiteral("85.07.30"));
    REQUIRE(QTest::qWaitFor([&] { return f.page->model()->rowCount() == 1; }, 2000));
    CHECK(f.page->model()->personId(0) == voorbeeldt);
    CHECK(f.status.last() == QStringLiteral("Matching “85.07.30”: 1"));
    CHECK(f.find<QTableView>("peopleTable")->selectionModel()->currentIndex().row() == 0);
    f.find<QLineEdit>("peopleSearch")->setText(QStringLiteral("nobody"));
    REQUIRE(QTest::qWaitFor([&] { return f.page->model()->rowCount() == 0; }, 2000));
    CHECK(f.find<QLabel>("peopleEmptyState")->text().contains(QStringLiteral("nobody")));
    CHECK(f.page->editor()->personId() == voorbeeldt); // the editor keeps its person
}

TEST_CASE("switching person with unsaved edits asks first and Cancel keeps the edits",
          "[people][views]")
{
    Fixture f;
    const QString aerts = f.add(QStringLiteral("Aerts"));
    const QString voorbeeldt = f.add(QStringLiteral("Voorbeeldt"));
    f.open();
    f.select(0);
    REQUIRE(QTest::qWaitFor([&] { return f.page->editor()->personId() == aerts; }, 2000));
    QTest::keyClicks(f.find<QPlainTextEdit>("notesEdit"), QStringLiteral("Seen at the door"));
    REQUIRE(f.page->hasUnsavedChanges());

    QString asked;
    answerNextMessageBox([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); },
                         &asked);
    f.select(1);
    REQUIRE(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 2000));
    QTest::qWait(50);
    CHECK(asked.contains(QStringLiteral("Aerts, Jan")));
    CHECK(f.page->editor()->personId() == aerts);
    CHECK(f.page->hasUnsavedChanges());
    CHECK(f.find<QTableView>("peopleTable")->selectionModel()->currentIndex().row() == 0);

    answerNextMessageBox([](QMessageBox* box) { box->button(QMessageBox::Save)->click(); });
    f.select(1);
    REQUIRE(QTest::qWaitFor([&] { return f.page->editor()->personId() == voorbeeldt; }, 2000));
    CHECK(f.t.count(QStringLiteral("persons"),
                    QStringLiteral("id = '%1' AND notes = 'Seen at the door'").arg(aerts)) == 1);
    CHECK(f.find<QTableView>("peopleTable")->selectionModel()->currentIndex().row() == 1);
}

TEST_CASE("deleting asks once, naming the person", "[people][views]")
{
    Fixture f;
    f.add(QStringLiteral("Aerts"));
    const QString voorbeeldt = f.add(QStringLiteral("Voorbeeldt"));
    f.open();
    REQUIRE(f.page->openPerson(voorbeeldt));

    QString asked;
    answerNextMessageBox([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); },
                         &asked);
    QTest::mouseClick(f.find<QPushButton>("deletePersonButton"), Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("Voorbeeldt, Jan")));
    CHECK(f.t.count(QStringLiteral("persons"), QStringLiteral("deleted = 0")) == 2);

    answerNextMessageBox([](QMessageBox* box) {
        box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
    });
    QTest::mouseClick(f.find<QPushButton>("deletePersonButton"), Qt::LeftButton);
    CHECK(f.t.count(QStringLiteral("persons"), QStringLiteral("deleted = 0")) == 1);
    CHECK(f.page->model()->rowCount() == 1);
    CHECK(f.find<QLabel>("personPlaceholder")->isVisible());
}

TEST_CASE("the tab order follows the reading order and labels carry mnemonics", "[people][views]")
{
    Fixture f;
    f.add(QStringLiteral("Aerts"));
    f.open();
    QApplication::setActiveWindow(f.page.get());
    REQUIRE(QTest::qWaitForWindowActive(f.page.get()));
    f.find<QAction>("newPersonAction")->trigger();
    const QStringList expected{"peopleSearch",   "newPersonButton",  "newOrganisationButton",
                               "peopleTable",    "kindNaturalRadio", "familyNameEdit",
                               "givenNamesEdit", "birthDateEdit",    "nationalNumberEdit",
                               "addressEdit",    "notesEdit"};
    for (int i = 0; i + 1 < expected.size(); ++i) {
        QWidget* from = f.find<QWidget>(expected.at(i).toLatin1().constData());
        from->setFocus(Qt::TabFocusReason);
        QTest::keyClick(from, Qt::Key_Tab);
        const QWidget* to = QApplication::focusWidget();
        INFO("after " << expected.at(i).toStdString());
        CHECK((to ? to->objectName() : QString()).toStdString() ==
              expected.at(i + 1).toStdString());
    }
    for (const char* field : {"familyNameEdit", "nationalNumberEdit", "notesEdit"}) {
        auto* edit = f.find<QWidget>(field);
        const auto labels = f.page->findChildren<QLabel*>();
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [edit](QLabel* label) {
            return label->buddy() == edit && label->text().contains(QLatin1Char('&'));
        });
        CHECK(labelled);
    }
}
