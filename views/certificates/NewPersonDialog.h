#pragma once

#include <QDialog>

namespace regie {

class PeopleService;
class PersonEditor;

// Adds a person (or organisation) to the people register from another dialog, with the People
// page's own editor: identifiers are validated as one types and a refused save names the field.
// Accepted once the person is saved; personId() is then the new id.
class NewPersonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewPersonDialog(PeopleService& people, QWidget* parent = nullptr);

    QString personId() const { return m_personId; }
    QString personName() const { return m_personName; }
    PersonEditor* editor() const { return m_editor; }

private:
    PersonEditor* m_editor = nullptr;
    QString m_personId;
    QString m_personName;
};

} // namespace regie
