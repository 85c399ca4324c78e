#include "NewPersonDialog.h"

#include "people/PersonEditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace regie {

NewPersonDialog::NewPersonDialog(PeopleService& people, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newPersonDialog"));
    setWindowTitle(tr("New person or organisation"));
    auto* layout = new QVBoxLayout(this);
    m_editor = new PersonEditor(people, this);
    layout->addWidget(m_editor, 1);
    // A person not yet stored: nothing to delete; Cancel discards the form.
    for (const char* name : {"deletePersonButton", "revertPersonButton"}) {
        if (auto* button = m_editor->findChild<QPushButton*>(QLatin1String(name)))
            button->hide();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &PersonEditor::saved, this, [this](const QString& id) {
        m_personId = id;
        m_personName = m_editor->displayName();
        accept();
    });
    setMinimumWidth(520);
    m_editor->focusFirstField();
}

} // namespace regie
