#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace regie {

class PeopleService;
class PremisesService;

// Gives a person a role on a premises (main holder, holder, manager) from a date, optionally
// until a date. The person is searched in the people register as one types, or added there with
// "New person…". Add calls PremisesService::addHolder: a refusal (two main holders at the same
// time, an end before the start) is shown in the dialog, which stays open, and nothing is stored.
class HolderDialog : public QDialog
{
    Q_OBJECT
public:
    HolderDialog(PremisesService& premises, PeopleService& people, const QString& premisesId,
                 const QDate& today, QWidget* parent = nullptr);

    void setPerson(const QString& id, const QString& name);
    QString holderId() const { return m_holderId; }
    QString errorText() const;
    // Runs the search now instead of after the typing pause.
    void suggestPeople();
    // Stores the role; false (reason shown, nothing stored) when refused.
    bool submit();

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString& text);
    void newPerson();
    void showIdentifier();

    PremisesService& m_premises;
    PeopleService& m_people;
    QString m_premisesId;
    QString m_holderId;
    QLineEdit* m_search = nullptr;
    QComboBox* m_person = nullptr;
    QLabel* m_identifier = nullptr;
    QComboBox* m_role = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_hasUntil = nullptr;
    QDateEdit* m_until = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace regie
