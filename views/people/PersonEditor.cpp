#include "PersonEditor.h"

#include "PersonForm.h"
#include "common/ErrorText.h"
#include "people/PeopleService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace regie {

PersonEditor::PersonEditor(PeopleService& people, QWidget* parent)
    : QWidget(parent), m_people(people)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("personMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_form = new PersonForm(this);
    m_form->setObjectName(QStringLiteral("personForm"));
    layout->addWidget(m_form);
    buildButtons(layout);
    connect(m_form, &PersonForm::edited, this, &PersonEditor::updateState);
    startNew(Person::Kind::Natural);
}

void PersonEditor::buildButtons(QLayout* layout)
{
    auto* row = new QHBoxLayout;
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deletePersonButton"));
    m_delete->setAutoDefault(false);
    m_modifiedMark = new QLabel(tr("Unsaved changes"), this);
    m_modifiedMark->setObjectName(QStringLiteral("unsavedMark"));
    QFont italic = m_modifiedMark->font();
    italic.setItalic(true);
    m_modifiedMark->setFont(italic);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertPersonButton"));
    m_revert->setToolTip(tr("Undo the edits since the last save"));
    m_revert->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("savePersonButton"));
    m_save->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setDefault(true);
    row->addWidget(m_delete);
    row->addStretch();
    row->addWidget(m_modifiedMark);
    row->addWidget(m_revert);
    row->addWidget(m_save);
    auto* box = static_cast<QBoxLayout*>(layout);
    box->addLayout(row);
    box->addStretch(1); // at a tall window the buttons stay with the fields
    connect(m_save, &QPushButton::clicked, this, &PersonEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PersonEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, &PersonEditor::remove);
}

bool PersonEditor::load(const QString& id)
{
    auto person = m_people.open(id);
    if (!person.ok()) {
        showGeneralMessage(ErrorText::message(person.error()));
        return false;
    }
    showPerson(person.value());
    return true;
}

void PersonEditor::startNew(Person::Kind kind)
{
    Person blank;
    blank.kind = kind;
    showPerson(blank);
}

void PersonEditor::showPerson(const Person& person)
{
    m_stored = person;
    m_form->setValues(person);
    m_storedSnapshot = m_form->snapshot();
    m_message->hide();
    updateState();
}

QString PersonEditor::displayName() const
{
    Person entered = m_form->values();
    const QString name = entered.displayName();
    return name.isEmpty() ? m_stored.displayName() : name;
}

bool PersonEditor::isModified() const
{
    return m_form->snapshot() != m_storedSnapshot;
}

void PersonEditor::updateState()
{
    const bool modified = isModified();
    if (!isNew())
        m_heading->setText(m_stored.displayName());
    else
        m_heading->setText(m_form->kind() == Person::Kind::Legal ? tr("New organisation")
                                                                 : tr("New person"));
    m_modifiedMark->setVisible(modified);
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_delete->setEnabled(!isNew());
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

bool PersonEditor::save()
{
    m_form->clearFieldErrors();
    m_message->hide();
    if (m_form->birthDateUnreadable()) {
        m_form->showFieldError(QStringLiteral("birth_date"),
                               tr("Enter the date as dd/mm/yyyy, or leave it empty when it is "
                                  "not known."));
        m_form->fieldWidget(QStringLiteral("birth_date"))->setFocus();
        return false;
    }
    QString id = m_stored.id;
    if (isNew()) {
        auto added = m_people.add(m_form->values());
        if (!added.ok()) {
            showError(added.error());
            return false;
        }
        id = added.value();
    } else if (auto updated = m_people.update(m_stored, m_form->values()); !updated.ok()) {
        showError(updated.error());
        return false;
    }
    storeSaved(id);
    Q_EMIT statusMessage(tr("Saved %1.").arg(m_stored.displayName()));
    Q_EMIT saved(id);
    return true;
}

// Shows what was stored (numbers normalised, the birth date taken from the number).
void PersonEditor::storeSaved(const QString& id)
{
    auto stored = m_people.repository().get(id);
    if (stored.ok()) {
        showPerson(stored.value());
        return;
    }
    m_stored = m_form->values();
    m_stored.id = id;
    m_storedSnapshot = m_form->snapshot();
    updateState();
}

void PersonEditor::showError(const Error& error)
{
    const QString text = ErrorText::message(error);
    if (m_form->showFieldError(error.field, text)) {
        if (QWidget* field = m_form->fieldWidget(error.field))
            field->setFocus();
    } else {
        showGeneralMessage(text);
    }
    Q_EMIT statusMessage(tr("Not saved: %1").arg(text));
}

void PersonEditor::showGeneralMessage(const QString& text)
{
    m_message->setText(tr("✗ %1").arg(text));
    QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20));
    m_message->setPalette(palette);
    m_message->show();
}

void PersonEditor::revert()
{
    showPerson(m_stored);
    Q_EMIT statusMessage(tr("Edits discarded."));
}

bool PersonEditor::remove()
{
    if (isNew())
        return false;
    const QString name = m_stored.displayName();
    const QString title =
        m_stored.kind == Person::Kind::Legal ? tr("Delete organisation") : tr("Delete person");
    QMessageBox box(QMessageBox::Warning, title, tr("Delete “%1”?").arg(name), QMessageBox::Cancel,
                    this);
    box.setInformativeText(tr("%1 will no longer appear in Regie. The deletion is kept in the "
                              "change log.")
                               .arg(name));
    QPushButton* confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return false;
    const QString id = m_stored.id;
    if (auto removed = m_people.remove(id); !removed.ok()) {
        showGeneralMessage(ErrorText::message(removed.error()));
        return false;
    }
    startNew(Person::Kind::Natural);
    Q_EMIT statusMessage(tr("Deleted %1.").arg(name));
    Q_EMIT removed(id);
    return true;
}

void PersonEditor::focusFirstField()
{
    m_form->firstField()->setFocus();
}

QWidget* PersonEditor::firstFocus() const
{
    return m_form->firstField();
}

} // namespace regie
