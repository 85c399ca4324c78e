#pragma once

#include "people/Person.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace regie {

class PeopleService;
class PersonForm;
struct Error;

// The detail pane of the People page: one person's fields with Save, Revert and Delete. Every
// change goes through PeopleService; opening a person is an audited read. A refused save keeps
// the user's input and shows the reason next to the field it is about.
class PersonEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PersonEditor(PeopleService& people, QWidget* parent = nullptr);

    // Opens a stored person (audited). False, with the reason shown, when it cannot be read.
    bool load(const QString& id);
    // An empty form for a new person or organisation.
    void startNew(Person::Kind kind);

    // The stored person's id; empty for a new one.
    QString personId() const { return m_stored.id; }
    // The name as entered, else as stored ("Peeters, Jan").
    QString displayName() const;
    bool isModified() const;
    bool isNew() const { return m_stored.id.isEmpty(); }

    // Stores the form through the service. False (nothing saved) when it was refused.
    bool save();
    // Back to the stored values.
    void revert();
    // Asks for confirmation, naming the person, then deletes. False when cancelled or refused.
    bool remove();
    // Focus the first field (after New, or Enter in the list).
    void focusFirstField();
    QWidget* firstFocus() const;

Q_SIGNALS:
    void saved(const QString& id);
    void removed(const QString& id);
    void modifiedChanged(bool modified);
    void statusMessage(const QString& text);

private:
    void buildButtons(QLayout* layout);
    void showPerson(const Person& person);
    void showError(const Error& error);
    void showGeneralMessage(const QString& text);
    void updateState();
    void storeSaved(const QString& id);

    PeopleService& m_people;
    PersonForm* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_modifiedMark = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_delete = nullptr;
    Person m_stored;
    QStringList m_storedSnapshot;
    bool m_wasModified = false;
};

} // namespace regie
