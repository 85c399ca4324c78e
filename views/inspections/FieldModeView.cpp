#include "FieldModeView.h"

#include "InspectionItemRow.h"
#include "common/Clock.h"
#include "inspections/InspectionService.h"
#include "inspections/InspectionSheetModel.h"
#include "premises/CertificateTexts.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace regie {

FieldModeView::FieldModeView(InspectionService& service, ChecklistTemplates& templates,
                             const Clock& clock, QWidget* parent)
    : QWidget(parent), m_service(service), m_clock(clock),
      m_sheet(new InspectionSheetModel(service.repository(), templates, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* header = new QHBoxLayout;
    m_back = new QPushButton(tr("← Inspections"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setShortcut(QKeySequence(Qt::Key_Escape));
    m_back->setFocusPolicy(Qt::NoFocus);
    header->addWidget(m_back);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("inspectionTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title, 1);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("inspectionState"));
    header->addWidget(m_state);
    layout->addLayout(header);

    auto* infoRow = new QHBoxLayout;
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("inspectionInfo"));
    m_info->setWordWrap(true);
    infoRow->addWidget(m_info, 1);
    auto* windowLabel = new QLabel(tr("&Window:"), this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("windowChooser"));
    m_window->setFocusPolicy(Qt::ClickFocus); // Alt+W reaches it; Tab stays on the items
    windowLabel->setBuddy(m_window);
    infoRow->addWidget(windowLabel);
    infoRow->addWidget(m_window);
    layout->addLayout(infoRow);
    connect(m_window, &QComboBox::activated, this, [this] {
        setWindow(m_window->currentData().toString());
        focusFirstOpenItem();
    });

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_rowsHost = new QWidget(m_scroll);
    m_rowsHost->setLayout(new QVBoxLayout);
    m_rowsHost->layout()->setContentsMargins(0, 0, 4, 0);
    m_rowsHost->layout()->setSpacing(4);
    m_scroll->setWidget(m_rowsHost);
    layout->addWidget(m_scroll, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* footer = new QHBoxLayout;
    auto* keys = new QLabel(tr("Keys: 1 or C conform · 2 or N not conform · 3 or A n/a · ↑ ↓ "
                               "item · Tab remark · P photo · F finding · Esc back"),
                            this);
    keys->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(keys, 1);
    m_registerCheck = new QPushButton(tr("Registe&r check…"), this);
    m_registerCheck->setObjectName(QStringLiteral("fieldRegisterCheckButton"));
    m_registerCheck->setToolTip(tr("Check the reference of a worker met at a window against the "
                                   "police registration tool's outcome"));
    m_registerCheck->hide(); // until the window register is set
    footer->addWidget(m_registerCheck);
    m_amend = new QPushButton(tr("A&mend answer…"), this);
    m_amend->setObjectName(QStringLiteral("amendButton"));
    footer->addWidget(m_amend);
    m_finalise = new QPushButton(tr("Fi&nalise inspection…"), this);
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    footer->addWidget(m_finalise);
    layout->addLayout(footer);

    connect(m_back, &QPushButton::clicked, this, [this] {
        flushRemarks();
        Q_EMIT closeRequested();
    });
    connect(m_finalise, &QPushButton::clicked, this, [this] { finalise(true); });
    connect(m_amend, &QPushButton::clicked, this, &FieldModeView::amendCurrent);
    connect(m_registerCheck, &QPushButton::clicked, this, [this] { checkRegister(); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (InspectionItemRow* row : std::as_const(m_rows)) {
            if (now && (now == row || row->isAncestorOf(now)))
                markCurrent(row);
        }
    });
}

bool FieldModeView::open(const QString& inspectionId, const QString& address,
                         const QStringList& windows)
{
    flushRemarks();
    {
        const QSignalBlocker blocker(m_window);
        m_window->clear();
        m_window->addItem(tr("Premises as a whole"), QString());
        for (const QString& number : windows)
            m_window->addItem(tr("Window %1").arg(number), number);
    }
    if (!m_sheet->load(inspectionId)) {
        Q_EMIT statusMessage(tr("The inspection could not be opened."));
        return false;
    }
    m_address = address;
    m_message->clear();
    rebuildRows();
    return true;
}

QString FieldModeView::inspectionId() const
{
    return m_sheet->inspection().id;
}

QString FieldModeView::message() const
{
    return m_message->text();
}

QString FieldModeView::window() const
{
    return m_sheet->window();
}

bool FieldModeView::setWindow(const QString& window)
{
    flushRemarks(); // a remark being typed belongs to the window it was typed for
    const int index = m_window->findData(window);
    if (index < 0 || !m_sheet->load(inspectionId(), window))
        return false;
    m_window->setCurrentIndex(index);
    for (InspectionItemRow* row : std::as_const(m_rows))
        row->setSavedMark(QString(), true);
    refreshRows();
    return true;
}

bool FieldModeView::isFinal() const
{
    return m_sheet->inspection().isFinal();
}

void FieldModeView::rebuildRows()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    auto* layout = static_cast<QVBoxLayout*>(m_rowsHost->layout());
    while (QLayoutItem* item = layout->takeAt(0))
        delete item;
    QWidget* previous = nullptr;
    for (int i = 0; i < m_sheet->rowCount(); ++i) {
        const InspectionSheetModel::Row* r = m_sheet->rowAt(i);
        auto* row =
            new InspectionItemRow(i + 1, r->item.code, r->item.section, r->item.text, m_rowsHost);
        layout->addWidget(row);
        m_rows.push_back(row);
        connect(row, &InspectionItemRow::answerGiven, this,
                [this, row](const QString& code, const QString& result) {
                    store(code, result, row->remark());
                    move(row, 1);
                });
        connect(row, &InspectionItemRow::remarkEdited, this,
                [this, row](const QString& code, const QString& remark) {
                    if (row->result().isEmpty()) {
                        row->setSavedMark(tr("Answer 1, 2 or 3 to store the remark"), false);
                        return;
                    }
                    store(code, row->result(), remark);
                });
        connect(row, &InspectionItemRow::photoRequested, this, &FieldModeView::addPhoto);
        connect(row, &InspectionItemRow::findingRequested, this, &FieldModeView::draftFinding);
        connect(row, &InspectionItemRow::moveRequested, this,
                [this, row](int delta) { move(row, delta); });
        if (previous)
            setTabOrder(previous, row);
        setTabOrder(row, row->remarkEdit());
        previous = row->remarkEdit();
    }
    layout->addStretch(1);
    refreshRows();
}

void FieldModeView::refreshRows()
{
    const bool final = isFinal();
    for (int i = 0; i < m_rows.size(); ++i) {
        const InspectionSheetModel::Row* r = m_sheet->rowAt(i);
        InspectionItemRow* row = m_rows.at(i);
        row->setAnswer(r->result, r->remark, r->amended);
        row->setLocked(final);
        row->setPhotos(r->photos, r->photos > 0 ? thumbnailOf(r->item.code) : QPixmap());
        bool finding = false;
        for (const Finding& f : m_sheet->inspection().findings)
            finding = finding || (f.itemCode == r->item.code && f.windowNumber == window());
        row->setFinding(finding);
        if (r->amended)
            row->setSavedMark(tr("✓ Amended"), true);
        else if (r->answeredAt.isValid() && row->result() == r->result)
            row->setSavedMark(tr("✓ Saved %1")
                                  .arg(QLocale().toString(r->answeredAt.toLocalTime().time(),
                                                          QLocale::ShortFormat)),
                              true);
    }
    refreshHeader();
}

void FieldModeView::refreshHeader()
{
    const Inspection& i = m_sheet->inspection();
    m_title->setText(tr("%1 — %2 inspection of %3")
                         .arg(m_address, CertificateTexts::inspectionKind(i.kind),
                              CertificateTexts::date(i.date)));
    m_info->setText(tr("Checklist %1, version %2 · Inspector: %3 · Answered: %4 of %5")
                        .arg(i.templateCode)
                        .arg(i.templateVersion)
                        .arg(i.inspector.isEmpty() ? tr("(not named)") : i.inspector)
                        .arg(m_sheet->answeredCount())
                        .arg(m_sheet->rowCount()));
    const bool final = i.isFinal();
    m_state->setText(final ? tr("Finalised — read-only") : tr("Open — answers are saved at once"));
    m_state->setStyleSheet(final ? QStringLiteral("QLabel { background: #5a5a5a; color: white; "
                                                  "padding: 2px 8px; border-radius: 3px; }")
                                 : QStringLiteral("QLabel { background: #1d6b2f; color: white; "
                                                  "padding: 2px 8px; border-radius: 3px; }"));
    m_finalise->setEnabled(!final);
    m_finalise->setToolTip(final ? tr("Already finalised.") : QString());
    m_amend->setEnabled(final);
    m_amend->setToolTip(final ? QString()
                              : tr("Before finalising, answer again instead of amending."));
}

int FieldModeView::currentRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->property("current").toBool())
            return i;
    }
    return 0;
}

void FieldModeView::markCurrent(InspectionItemRow* current)
{
    for (InspectionItemRow* row : std::as_const(m_rows))
        row->setCurrent(row == current);
    m_scroll->ensureWidgetVisible(current, 0, 8);
}

void FieldModeView::move(InspectionItemRow* from, int delta)
{
    const int index = int(m_rows.indexOf(from)) + delta;
    if (index >= 0 && index < m_rows.size()) {
        m_rows.at(index)->setFocus(Qt::OtherFocusReason);
        markCurrent(m_rows.at(index));
    }
}

void FieldModeView::focusFirstOpenItem()
{
    for (InspectionItemRow* row : std::as_const(m_rows)) {
        if (row->result().isEmpty()) {
            row->setFocus();
            markCurrent(row);
            return;
        }
    }
    if (!m_rows.isEmpty()) {
        m_rows.first()->setFocus();
        markCurrent(m_rows.first());
    }
}

} // namespace regie
