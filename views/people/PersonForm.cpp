#include "PersonForm.h"

#include "IdentifierFeedback.h"
#include "identifiers/BisNumber.h"
#include "identifiers/CompanyNumber.h"
#include "identifiers/NationalNumber.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QResizeEvent>

namespace regie {

namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

// A word-wrapped label whose size hint is the height it needs at its current width. A plain
// QLabel hints the height of a narrow guess, and QFormLayout sizes the row by that hint.
class MessageLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    QSize sizeHint() const override { return fitted(QLabel::sizeHint()); }
    QSize minimumSizeHint() const override { return fitted(QLabel::minimumSizeHint()); }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }

private:
    QSize fitted(QSize hint) const
    {
        const int height = width() > 0 ? heightForWidth(width()) : -1;
        return height > 0 ? QSize(hint.width(), height) : hint;
    }
};

QLabel* makeMessage(const QString& name, QWidget* parent)
{
    auto* label = new MessageLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

QString formattedPersonNumber(const QString& digits)
{
    QString text = NationalNumber::format(digits);
    if (text.isEmpty())
        text = BisNumber::format(digits);
    return text.isEmpty() ? digits : text;
}

} // namespace

PersonForm::PersonForm(QWidget* parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    buildKindRow(m_form);
    buildNaturalRows(m_form);
    buildLegalRows(m_form);
    buildCommonRows(m_form);
    setTabOrder();
    updateKindRows();
    updateNationalFeedback(false);
    updateCompanyFeedback(false);
}

void PersonForm::buildKindRow(QFormLayout* form)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_natural = new QRadioButton(tr("&Person"), row);
    m_natural->setObjectName(QStringLiteral("kindNaturalRadio"));
    m_natural->setToolTip(tr("A natural person, identified by a national register or BIS number"));
    m_legal = new QRadioButton(tr("&Organisation"), row);
    m_legal->setObjectName(QStringLiteral("kindLegalRadio"));
    m_legal->setToolTip(tr("A company or association, identified by its company number"));
    auto* group = new QButtonGroup(row);
    group->addButton(m_natural);
    group->addButton(m_legal);
    m_natural->setChecked(true);
    layout->addWidget(m_natural);
    layout->addWidget(m_legal);
    layout->addStretch();
    form->addRow(tr("Kind:"), row);
    connect(m_legal, &QRadioButton::toggled, this, [this] {
        updateKindRows();
        Q_EMIT edited();
    });
}

void PersonForm::buildNaturalRows(QFormLayout* form)
{
    m_familyName =
        addLine(form, tr("&Family name:"), QStringLiteral("familyNameEdit"), &m_familyNameMessage);
    m_givenNames = addLine(form, tr("&Given names:"), QStringLiteral("givenNamesEdit"));
    m_birthDate =
        addLine(form, tr("&Birth date:"), QStringLiteral("birthDateEdit"), &m_birthDateMessage);
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy — empty when not known"));
    m_birthDate->setToolTip(tr("Left empty, the birth date is taken from the national number."));
    m_nationalNumber = addLine(form, tr("&National/BIS number:"),
                               QStringLiteral("nationalNumberEdit"), &m_nationalNumberMessage);
    m_nationalNumber->setToolTip(tr("National register number or BIS number, e.g. "
                                    "YY.MM.DD-SSS.CC"));
    m_naturalRows = {m_familyName,       m_familyNameMessage, m_givenNames,           m_birthDate,
                     m_birthDateMessage, m_nationalNumber,    m_nationalNumberMessage};
    connect(m_nationalNumber, &QLineEdit::textEdited, this,
            [this] { updateNationalFeedback(true); });
    connect(m_nationalNumber, &QLineEdit::editingFinished, this,
            [this] { updateNationalFeedback(false); });
    connect(m_birthDate, &QLineEdit::textChanged, this, [this] { updateBirthDateFeedback(); });
}

void PersonForm::buildLegalRows(QFormLayout* form)
{
    m_legalName =
        addLine(form, tr("&Legal name:"), QStringLiteral("legalNameEdit"), &m_legalNameMessage);
    m_legalForm = addLine(form, tr("Legal for&m:"), QStringLiteral("legalFormEdit"));
    m_legalForm->setPlaceholderText(tr("e.g. BV, NV, VZW"));
    const QStringList forms{"BV",  "NV", "CV", "VOF", "CommV", "VZW",  "IVZW",
                            "SRL", "SA", "SC", "SNC", "SComm", "ASBL", "AISBL"};
    auto* completer = new QCompleter(forms, m_legalForm);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_legalForm->setCompleter(completer);
    m_companyNumber = addLine(form, tr("&Company number:"), QStringLiteral("companyNumberEdit"),
                              &m_companyNumberMessage);
    m_legalRows = {m_legalName, m_legalNameMessage, m_legalForm, m_companyNumber,
                   m_companyNumberMessage};
    connect(m_companyNumber, &QLineEdit::textEdited, this, [this] { updateCompanyFeedback(true); });
    connect(m_companyNumber, &QLineEdit::editingFinished, this,
            [this] { updateCompanyFeedback(false); });
}

void PersonForm::buildCommonRows(QFormLayout* form)
{
    m_address = addText(form, tr("&Address:"), QStringLiteral("addressEdit"), 3);
    m_address->setPlaceholderText(tr("Street and number\nPostcode and city"));
    m_address->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_address->setFixedHeight(m_address->minimumHeight());
    m_notes = addText(form, tr("No&tes:"), QStringLiteral("notesEdit"), 4);
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_notes->setMaximumHeight(14 * m_notes->fontMetrics().lineSpacing());
}

QLineEdit* PersonForm::addLine(QFormLayout* form, const QString& label, const QString& name,
                               QLabel** message)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    if (message) {
        // A row of its own under the field, so that the caption stays level with the field.
        *message = makeMessage(
            QString(name).replace(QLatin1String("Edit"), QLatin1String("Message")), this);
        (*message)->hide();
        form->setWidget(form->rowCount(), QFormLayout::FieldRole, *message);
    }
    connect(edit, &QLineEdit::textChanged, this, &PersonForm::edited);
    return edit;
}

QPlainTextEdit* PersonForm::addText(QFormLayout* form, const QString& label, const QString& name,
                                    int lines)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    const QMargins margins = edit->contentsMargins();
    edit->setMinimumHeight(lines * edit->fontMetrics().lineSpacing() + margins.top() +
                           margins.bottom() + 2 * int(edit->document()->documentMargin()));
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &PersonForm::edited);
    return edit;
}

void PersonForm::setTabOrder()
{
    const QList<QWidget*> order{m_natural,       m_legal,          m_familyName, m_givenNames,
                                m_birthDate,     m_nationalNumber, m_legalName,  m_legalForm,
                                m_companyNumber, m_address,        m_notes};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

Person::Kind PersonForm::kind() const
{
    return m_legal->isChecked() ? Person::Kind::Legal : Person::Kind::Natural;
}

void PersonForm::setKind(Person::Kind kind)
{
    (kind == Person::Kind::Legal ? m_legal : m_natural)->setChecked(true);
    updateKindRows();
}

// Hidden widgets take no room in a form layout; a message shows only when it has something to say.
void PersonForm::updateKindRows()
{
    const bool natural = kind() == Person::Kind::Natural;
    for (const auto& [rows, visible] :
         {std::pair{&m_naturalRows, natural}, std::pair{&m_legalRows, !natural}}) {
        for (QWidget* field : std::as_const(*rows)) {
            auto* message = qobject_cast<QLabel*>(field);
            field->setVisible(visible && (!message || !message->text().isEmpty()));
            if (QWidget* caption = m_form->labelForField(field))
                caption->setVisible(visible);
        }
    }
}

Person PersonForm::values() const
{
    Person p;
    p.kind = kind();
    p.familyName = m_familyName->text().trimmed();
    p.givenNames = m_givenNames->text().trimmed();
    p.birthDate = parseDate(m_birthDate->text());
    p.nationalNumber = m_nationalNumber->text().trimmed();
    p.legalName = m_legalName->text().trimmed();
    p.legalForm = m_legalForm->text().trimmed();
    p.companyNumber = m_companyNumber->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

void PersonForm::setValues(const Person& p)
{
    setKind(p.kind);
    m_familyName->setText(p.familyName);
    m_givenNames->setText(p.givenNames);
    m_birthDate->setText(p.birthDate.isValid() ? p.birthDate.toString(kDateFormat) : QString());
    m_nationalNumber->setText(formattedPersonNumber(p.nationalNumber));
    m_legalName->setText(p.legalName);
    m_legalForm->setText(p.legalForm);
    const QString company = CompanyNumber::format(p.companyNumber);
    m_companyNumber->setText(company.isEmpty() ? p.companyNumber : company);
    m_address->setPlainText(p.address);
    m_notes->setPlainText(p.notes);
    clearFieldErrors();
}

bool PersonForm::birthDateUnreadable() const
{
    return !m_birthDate->text().trimmed().isEmpty() && !parseDate(m_birthDate->text()).isValid();
}

QStringList PersonForm::snapshot() const
{
    return {Person::kindName(kind()), m_familyName->text(),     m_givenNames->text(),
            m_birthDate->text(),      m_nationalNumber->text(), m_legalName->text(),
            m_legalForm->text(),      m_companyNumber->text(),  m_address->toPlainText(),
            m_notes->toPlainText()};
}

QDate PersonForm::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const char* format : {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"}) {
        const QDate date = QDate::fromString(trimmed, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return {};
}

void PersonForm::updateNationalFeedback(bool typing)
{
    IdentifierFeedback::show(m_nationalNumberMessage,
                             IdentifierFeedback::personNumber(m_nationalNumber->text(), typing));
    m_nationalNumberMessage->setVisible(kind() == Person::Kind::Natural);
}

void PersonForm::updateCompanyFeedback(bool typing)
{
    IdentifierFeedback::show(m_companyNumberMessage,
                             IdentifierFeedback::companyNumber(m_companyNumber->text(), typing));
    m_companyNumberMessage->setVisible(kind() == Person::Kind::Legal);
}

void PersonForm::updateBirthDateFeedback()
{
    if (birthDateUnreadable()) {
        IdentifierFeedback::show(m_birthDateMessage, IdentifierFeedback::error(tr(
                                                         "Enter the date as dd/mm/yyyy, or "
                                                         "leave it empty when it is not known.")));
        m_birthDateMessage->show();
    } else {
        m_birthDateMessage->clear();
        m_birthDateMessage->hide();
    }
}

QLabel* PersonForm::messageFor(const QString& field) const
{
    static const QHash<QString, QLabel * PersonForm::*> messages{
        {QStringLiteral("family_name"), &PersonForm::m_familyNameMessage},
        {QStringLiteral("legal_name"), &PersonForm::m_legalNameMessage},
        {QStringLiteral("birth_date"), &PersonForm::m_birthDateMessage},
        {QStringLiteral("national_number"), &PersonForm::m_nationalNumberMessage},
        {QStringLiteral("company_number"), &PersonForm::m_companyNumberMessage}};
    const auto it = messages.constFind(field);
    return it == messages.constEnd() ? nullptr : this->*(it.value());
}

bool PersonForm::showFieldError(const QString& field, const QString& message)
{
    QLabel* label = messageFor(field);
    QWidget* edit = fieldWidget(field);
    if (!label || !edit || !edit->isVisibleTo(this))
        return false;
    IdentifierFeedback::show(label, IdentifierFeedback::error(message));
    label->show();
    return true;
}

void PersonForm::clearFieldErrors()
{
    for (QLabel* label : {m_familyNameMessage, m_legalNameMessage}) {
        label->clear();
        label->hide();
    }
    updateBirthDateFeedback();
    updateNationalFeedback(false);
    updateCompanyFeedback(false);
}

QWidget* PersonForm::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("family_name"))
        return m_familyName;
    if (field == QLatin1String("legal_name"))
        return m_legalName;
    if (field == QLatin1String("birth_date"))
        return m_birthDate;
    if (field == QLatin1String("national_number"))
        return m_nationalNumber;
    if (field == QLatin1String("company_number"))
        return m_companyNumber;
    return nullptr;
}

QWidget* PersonForm::firstField() const
{
    return kind() == Person::Kind::Legal ? m_legalName : m_familyName;
}

QWidget* PersonForm::lastField() const
{
    return m_notes;
}

} // namespace regie
