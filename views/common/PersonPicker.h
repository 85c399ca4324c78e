#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace regie {

class PersonRepository;

// Chooses a person from the people register: type part of a name or an identifying number, then
// pick one of the matches (searched in SQL, at most 30, a moment after the last key press). A
// single match is chosen at once; among several, nobody is chosen until the user picks.
class PersonPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PersonPicker(const PersonRepository& people, QWidget* parent = nullptr);

    // The chosen person's id, or empty.
    QString personId() const;
    // Chooses a person directly (as picking from the matches does).
    void setPerson(const QString& id, const QString& name);
    // Searches now (the typing timer does this by itself); returns the number of matches.
    int search(const QString& text);
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void personChanged(const QString& id);
    // The register could not be read (a translated sentence).
    void failed(const QString& message);

private:
    const PersonRepository& m_people;
    QLineEdit* m_search = nullptr;
    QComboBox* m_choice = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace regie
