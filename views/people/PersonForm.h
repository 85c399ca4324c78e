#pragma once

#include "people/Person.h"

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace regie {

// The fields of one person: the kind chooses which rows show (names, birth date and national or
// BIS number for a natural person; legal name, form and company number for an organisation).
// Identifier fields validate while the user types; other messages come from the editor.
class PersonForm : public QWidget
{
    Q_OBJECT
public:
    explicit PersonForm(QWidget* parent = nullptr);

    Person::Kind kind() const;
    void setKind(Person::Kind kind);
    // The person as entered (id left empty). An unreadable birth date reads as unknown: check
    // birthDateUnreadable() first.
    Person values() const;
    void setValues(const Person& person);
    bool birthDateUnreadable() const;
    // The raw text of every field, to notice edits.
    QStringList snapshot() const;

    // Shows a message under the field the service named ("family_name", "national_number", ...);
    // false when the form has no such field.
    bool showFieldError(const QString& field, const QString& message);
    void clearFieldErrors();
    QWidget* fieldWidget(const QString& field) const;
    QWidget* firstField() const;
    QWidget* lastField() const;

    static QDate parseDate(const QString& text);

Q_SIGNALS:
    // Any field changed by the user (or by setValues).
    void edited();

private:
    void buildKindRow(QFormLayout* form);
    void buildNaturalRows(QFormLayout* form);
    void buildLegalRows(QFormLayout* form);
    void buildCommonRows(QFormLayout* form);
    void setTabOrder();
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& name,
                       QLabel** message = nullptr);
    QPlainTextEdit* addText(QFormLayout* form, const QString& label, const QString& name,
                            int lines);
    void updateKindRows();
    void updateNationalFeedback(bool typing);
    void updateCompanyFeedback(bool typing);
    void updateBirthDateFeedback();
    QLabel* messageFor(const QString& field) const;

    QFormLayout* m_form = nullptr;
    QRadioButton* m_natural = nullptr;
    QRadioButton* m_legal = nullptr;
    QLineEdit* m_familyName = nullptr;
    QLineEdit* m_givenNames = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLabel* m_birthDateMessage = nullptr;
    QLineEdit* m_nationalNumber = nullptr;
    QLabel* m_nationalNumberMessage = nullptr;
    QLabel* m_familyNameMessage = nullptr;
    QLineEdit* m_legalName = nullptr;
    QLabel* m_legalNameMessage = nullptr;
    QLineEdit* m_legalForm = nullptr;
    QLineEdit* m_companyNumber = nullptr;
    QLabel* m_companyNumberMessage = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QList<QWidget*> m_naturalRows;
    QList<QWidget*> m_legalRows;
};

} // namespace regie
