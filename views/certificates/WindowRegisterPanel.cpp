#include "WindowRegisterPanel.h"

#include "WindowRegisterDialogs.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "inspections/InspectionRepository.h"
#include "premises/CertificateTexts.h"
#include "premises/RegisterFindingText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace regie {

namespace {

enum Column
{
    WindowColumn,
    PeriodColumn,
    ReferenceColumn,
    RegisteredColumn,
    ValidatedColumn,
    ColumnCount
};

QColor alarmColour()
{
    return QColor(0xb0, 0x1c, 0x1c);
}

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// As in the premises list: the period column stays narrow enough for the dossier pane.
QString shortDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QTableWidgetItem* cell(const QString& text, bool alarm = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (alarm)
        item->setForeground(alarmColour());
    return item;
}

// A finding's status (machine name) in the user's words; an unknown one as stored.
QString findingStatus(const QString& status)
{
    if (status == QLatin1String("draft"))
        return WindowRegisterPanel::tr("Draft");
    if (status == QLatin1String("sanction"))
        return WindowRegisterPanel::tr("In a sanction dossier");
    if (status == QLatin1String("gas"))
        return WindowRegisterPanel::tr("In a GAS dossier");
    return status;
}

} // namespace

WindowRegisterPanel::WindowRegisterPanel(WindowRegister& reg,
                                         const InspectionRepository& inspections,
                                         const Clock& clock, QWidget* parent)
    : QWidget(parent), m_register(reg), m_inspections(inspections), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("registerSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = makeTable(QStringLiteral("registerTable"),
                        {tr("Window"), tr("Period"), tr("Reference"), tr("Registered"),
                         tr("Validated")},
                        this);
    // Short headers keep the columns inside the dossier pane, the long names on hover; a line's
    // source (free text, such as "police export 2026-11") is on its tooltip and in Correct….
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeaderItem(RegisteredColumn)
        ->setToolTip(tr("Registered in the police's window register"));
    m_table->horizontalHeaderItem(ValidatedColumn)->setToolTip(tr("Validated by the police"));
    layout->addWidget(m_table, 3);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add &period…"), this);
    m_add->setObjectName(QStringLiteral("addRegisterLineButton"));
    m_add->setToolTip(tr("Add a register line: a window, a period and the police tool's outcome"));
    m_edit = new QPushButton(tr("Corre&ct…"), this);
    m_edit->setObjectName(QStringLiteral("editRegisterLineButton"));
    m_check = new QPushButton(tr("Check at in&spection…"), this);
    m_check->setObjectName(QStringLiteral("checkRegisterButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_findingsLabel = new QLabel(this);
    m_findingsLabel->setObjectName(QStringLiteral("registerFindingsLabel"));
    m_findingsLabel->setWordWrap(true);
    layout->addWidget(m_findingsLabel);
    m_findings = makeTable(QStringLiteral("registerFindings"),
                           {tr("Inspection"), tr("Window"), tr("Finding"), tr("Status")}, this);
    layout->addWidget(m_findings, 2);

    connect(m_add, &QPushButton::clicked, this, [this] { addLine(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editLine(); });
    connect(m_table, &QTableWidget::activated, this, [this] { editLine(); });
    connect(m_check, &QPushButton::clicked, this, [this] { checkAtInspection(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &WindowRegisterPanel::updateButtons);
    updateButtons();
}

void WindowRegisterPanel::setPremises(const Premises& premises)
{
    const bool other = premises.id != m_premises.id;
    m_premises = premises;
    if (other)
        m_table->clearSelection();
    reload();
}

void WindowRegisterPanel::reload()
{
    if (m_premises.id.isEmpty())
        return;
    fillLines();
    fillFindings();
    updateButtons();
}

void WindowRegisterPanel::fillLines()
{
    const int keep = m_table->currentRow();
    auto lines = m_register.list(m_premises.id);
    m_lines = lines.ok() ? lines.value() : QVector<WindowRegistration>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_lines.size()));
    const QDate today = m_clock.today();
    int discrepancies = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const WindowRegistration& r = m_lines.at(row);
        const bool current = r.covers(today);
        discrepancies += (!r.registered || !r.policeValidated) ? 1 : 0;
        m_table->setItem(row, WindowColumn, cell(r.windowNumber));
        m_table->setItem(row, PeriodColumn,
                         cell(tr("%1 – %2").arg(shortDate(r.from), shortDate(r.to)) +
                              (current ? tr(" (now)") : QString())));
        m_table->setItem(row, ReferenceColumn, cell(r.workerRef));
        m_table->setItem(row, RegisteredColumn,
                         cell(r.registered ? tr("Yes") : tr("⚠ No"), !r.registered));
        m_table->setItem(row, ValidatedColumn,
                         cell(r.policeValidated ? tr("Yes") : tr("⚠ No"), !r.policeValidated));
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            if (!r.source.isEmpty())
                item->setToolTip(tr("%1\nSource: %2").arg(item->text(), r.source));
            if (current) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
    }
    if (keep >= 0 && keep < m_lines.size())
        m_table->selectRow(keep);
    if (!lines.ok())
        m_summary->setText(ErrorText::message(lines.error()));
    else if (m_lines.isEmpty())
        m_summary->setText(tr("No line in the window register yet. Add the lines of the police "
                              "registration tool's outcome per window and period."));
    else if (discrepancies > 0)
        m_summary->setText(tr("⚠ %n line(s) not registered or not validated by the police.", "",
                              discrepancies));
    else
        m_summary->setText(tr("Every line is registered and validated by the police."));
}

void WindowRegisterPanel::fillFindings()
{
    m_findings->setRowCount(0);
    auto list = m_inspections.list(m_premises.id);
    m_inspectionList = list.ok() ? list.value() : QVector<Inspection>();
    for (const Inspection& brief : std::as_const(m_inspectionList)) {
        auto inspection = m_inspections.find(brief.id);
        if (!inspection.ok())
            continue;
        for (const Finding& f : inspection->findings) {
            if (f.itemCode != RegisterFindingText::itemCode())
                continue;
            const int row = m_findings->rowCount();
            m_findings->insertRow(row);
            m_findings->setItem(row, 0, cell(CertificateTexts::date(inspection->date)));
            m_findings->setItem(row, 1, cell(f.windowNumber));
            m_findings->setItem(
                row, 2, cell(RegisterFindingText::shownDescription(f.itemCode, f.description), true));
            m_findings->setItem(row, 3, cell(findingStatus(f.status)));
        }
    }
    m_findings->resizeColumnsToContents();
    const int count = m_findings->rowCount();
    m_findingsLabel->setText(
        count == 0 ? tr("No register check at an inspection found a discrepancy.")
                   : tr("⚠ %n draft finding(s) “worker not pre-registered” from register checks "
                        "at inspections:",
                        "", count));
    m_findings->setVisible(count > 0);
}

void WindowRegisterPanel::updateButtons()
{
    const bool any = !m_premises.id.isEmpty();
    m_add->setEnabled(any);
    const bool picked = m_table->selectionModel()->hasSelection() && m_table->currentRow() >= 0;
    m_edit->setEnabled(picked);
    m_edit->setToolTip(picked ? tr("Correct the selected line") : tr("Select a line first."));
    const bool inspected = !m_inspectionList.isEmpty();
    m_check->setEnabled(inspected);
    m_check->setToolTip(inspected
                            ? tr("Check the reference of a worker met at an inspection")
                            : tr("No inspection of this premises yet: start one first."));
}

WindowRegisterDialog* WindowRegisterPanel::addLine()
{
    if (m_premises.id.isEmpty())
        return nullptr;
    auto* dialog = new WindowRegisterDialog(m_register, m_premises, m_clock.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT statusMessage(tr("Window register line stored."));
    });
    dialog->show();
    return dialog;
}

WindowRegisterDialog* WindowRegisterPanel::editLine()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size())
        return nullptr;
    auto* dialog = new WindowRegisterDialog(m_register, m_premises, m_clock.today(), this);
    dialog->setLine(m_lines.at(row));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT statusMessage(tr("Window register line corrected."));
    });
    dialog->show();
    return dialog;
}

RegisterCheckDialog* WindowRegisterPanel::checkAtInspection()
{
    if (m_inspectionList.isEmpty())
        return nullptr;
    QStringList windows;
    for (const PremisesWindow& w : m_premises.windows)
        windows << w.number;
    auto* dialog =
        new RegisterCheckDialog(m_register, m_premises.address(), windows, m_inspectionList, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &RegisterCheckDialog::checked, this, [this](const RegisterCheck& result) {
        reload();
        Q_EMIT statusMessage(result.conform ? tr("Register check: in order.")
                                            : tr("Register check: draft finding recorded."));
    });
    dialog->show();
    return dialog;
}

} // namespace regie
