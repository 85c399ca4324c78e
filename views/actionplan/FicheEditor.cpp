#include "FicheEditor.h"

#include "PlanItemListEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace regie {

using Field = FicheEditSession::Field;
using List = FicheEditSession::List;

namespace {
constexpr double kFteUnset = -1.0; // the spin box's special value "not set"
}

FicheEditor::FicheEditor(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_error(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_title(lineEdit(QStringLiteral("title"))),
      m_executor(new QComboBox(this)), m_contactRole(lineEdit(QStringLiteral("contactRole"))),
      m_fte(new QDoubleSpinBox(this)), m_fteText(lineEdit(QStringLiteral("fteText"))),
      m_funding(lineEdit(QStringLiteral("funding"))),
      m_description(textEdit(QStringLiteral("description"), 6)),
      m_conditions(textEdit(QStringLiteral("criticalConditions"), 4)),
      m_notes(textEdit(QStringLiteral("notes"), 8)),
      m_actions(new PlanItemListEditor(List::Actions, this)),
      m_indicators(new PlanItemListEditor(List::Indicators, this)),
      m_partners(new PlanItemListEditor(List::Partners, this))
{
    m_header->setObjectName(QStringLiteral("ficheHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("ficheError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->hide();
    m_executor->setObjectName(QStringLiteral("executor"));
    m_fte->setObjectName(QStringLiteral("fte"));
    m_fte->setRange(kFteUnset, 999);
    m_fte->setDecimals(2);
    m_fte->setSingleStep(0.1);
    m_fte->setSpecialValueText(tr("not set"));
    m_fte->setSuffix(tr(" FTE"));

    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(m_actions, tr("Planned &actions"));
    m_tabs->addTab(m_indicators, tr("&Measurement results"));
    m_tabs->addTab(m_partners, tr("&Partners"));
    m_tabs->addTab(m_notes, tr("N&otes"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    connectEditors();
    setEnabled(false);
}

QLineEdit* FicheEditor::lineEdit(const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    return edit;
}

QPlainTextEdit* FicheEditor::textEdit(const QString& objectName, int rows)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * rows + 12);
    return edit;
}

QWidget* FicheEditor::buildGeneralTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("E&xecutor:"), m_executor);
    form->addRow(tr("&Contact (role):"), m_contactRole);
    auto* effort = new QHBoxLayout;
    effort->addWidget(m_fte);
    effort->addWidget(m_fteText, 1);
    m_fteText->setPlaceholderText(tr("as written in the plan, e.g. \"¼ FTE lawyer\""));
    auto* effortLabel = new QLabel(tr("Staff &effort:"), page);
    effortLabel->setBuddy(m_fte);
    form->addRow(effortLabel, effort);
    form->addRow(tr("&Funding:"), m_funding);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Critical co&nditions:"), m_conditions);
    return page;
}

void FicheEditor::connectEditors()
{
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& t) { edit(Field::Title, t); });
    connect(m_contactRole, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit(Field::ContactRole, t); });
    connect(m_fteText, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit(Field::FteText, t); });
    connect(m_funding, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit(Field::Funding, t); });
    connect(m_fte, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(Field::Fte, v <= kFteUnset ? QVariant() : QVariant(v));
    });
    connect(m_executor, &QComboBox::activated, this,
            [this] { edit(Field::Executor, m_executor->currentData()); });
    const std::pair<QPlainTextEdit*, Field> texts[] = {{m_description, Field::Description},
                                                       {m_conditions, Field::CriticalConditions},
                                                       {m_notes, Field::Notes}};
    for (const auto& [widget, field] : texts) {
        connect(widget, &QPlainTextEdit::textChanged, this,
                [this, w = widget, f = field] { edit(f, w->toPlainText()); });
    }
}

void FicheEditor::edit(Field field, const QVariant& value)
{
    if (!m_showing && m_session)
        m_session->setField(field, value);
}

void FicheEditor::setOrganisations(const QVector<Organisation>& organisations)
{
    m_executor->clear();
    m_executor->addItem(tr("(none)"), QString());
    for (const Organisation& o : organisations)
        m_executor->addItem(o.displayName, o.id);
}

void FicheEditor::setSession(FicheEditSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    for (PlanItemListEditor* list : {m_actions, m_indicators, m_partners})
        list->setSession(session);
    setEnabled(session != nullptr);
    showError({});
    if (!session)
        return;
    connect(session, &FicheEditSession::fieldChanged, this, &FicheEditor::showField);
    connect(session, &FicheEditSession::modifiedChanged, this, &FicheEditor::updateHeader);
    showAll();
}

void FicheEditor::showAll()
{
    for (Field f : {Field::Title, Field::Description, Field::CriticalConditions, Field::Executor,
                    Field::ContactRole, Field::Fte, Field::FteText, Field::Funding, Field::Notes})
        showField(f);
}

void FicheEditor::showField(Field field)
{
    if (!m_session)
        return;
    m_showing = true;
    const QVariant value = m_session->field(field);
    auto setLine = [](QLineEdit* e, const QString& t) { if (e->text() != t) e->setText(t); };
    auto setText = [](QPlainTextEdit* e, const QString& t) {
        if (e->toPlainText() != t)
            e->setPlainText(t);
    };
    switch (field) {
    case Field::Title: setLine(m_title, value.toString()); break;
    case Field::ContactRole: setLine(m_contactRole, value.toString()); break;
    case Field::FteText: setLine(m_fteText, value.toString()); break;
    case Field::Funding: setLine(m_funding, value.toString()); break;
    case Field::Description: setText(m_description, value.toString()); break;
    case Field::CriticalConditions: setText(m_conditions, value.toString()); break;
    case Field::Notes: setText(m_notes, value.toString()); break;
    case Field::Fte: m_fte->setValue(value.isValid() ? value.toDouble() : kFteUnset); break;
    case Field::Executor:
        m_executor->setCurrentIndex(std::max(0, m_executor->findData(value.toString())));
        break;
    }
    m_showing = false;
    updateHeader();
}

void FicheEditor::updateHeader()
{
    if (!m_session)
        return;
    const Fiche& f = m_session->draft();
    m_header->setText(m_session->isModified() ? tr("Fiche %1 — %2  (not saved)").arg(f.code, f.title)
                                              : tr("Fiche %1 — %2").arg(f.code, f.title));
}

void FicheEditor::showError(const QString& text)
{
    m_error->setText(text.isEmpty() ? QString() : QStringLiteral("✗ ") + text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace regie
