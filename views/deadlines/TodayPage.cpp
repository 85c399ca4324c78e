#include "TodayPage.h"

#include "common/ErrorText.h"
#include "common/ViewState.h"
#include "deadlines/DeadlineBoard.h"
#include "deadlines/DeadlineBoardModel.h"
#include "deadlines/DeadlineCalendar.h"
#include "procedures/ProcedureText.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

namespace {

const QString kHeaderKey = QStringLiteral("today/header");
const QString kWhyKey = QStringLiteral("today/why");

} // namespace

TodayPage::TodayPage(const DeadlineBoard& board, WritePath& writes, ViewState* state,
                     QWidget* parent)
    : Page(parent), m_model(new DeadlineBoardModel(board, this)), m_state(state)
{
    setObjectName(QStringLiteral("todayPage"));
    m_model->follow(writes);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    layout->addWidget(m_summary);

    m_listStack = new QStackedWidget(this);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("todayTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsClickable(false); // the board's order: overdue first, then by date
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString& sample, int extra = 24) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + extra);
    };
    fit(DeadlineBoardModel::StatusColumn, ProcedureText::category(QStringLiteral("hearing")), 44);
    fit(DeadlineBoardModel::DateColumn, ProcedureText::longDate(QDate(2026, 9, 30)));
    fit(DeadlineBoardModel::DaysColumn, QStringLiteral("−000"));
    fit(DeadlineBoardModel::DeadlineColumn,
        ProcedureText::deadline(QStringLiteral("decisionNotification")));
    fit(DeadlineBoardModel::NumberColumn, QStringLiteral("GAS/2026/BH/00000"));
    fit(DeadlineBoardModel::ProcedureColumn,
        ProcedureText::procedure(QStringLiteral("closure-public-order")));
    m_empty = new QLabel(m_listStack);
    m_empty->setObjectName(QStringLiteral("todayEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    layout->addWidget(m_listStack, 1);

    m_whyText = new QLabel(this);
    m_whyText->setObjectName(QStringLiteral("todayWhy"));
    m_whyText->setWordWrap(true);
    m_whyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whyText->setFrameShape(QFrame::StyledPanel);
    m_whyText->setMargin(6);
    m_whyText->setMinimumHeight(metrics.height() * 3 + 12);
    m_whyText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_whyText);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayPage::updateWhy);
    connect(m_table, &QTableView::activated, this, &TodayPage::openCurrent);
    connect(m_model, &DeadlineBoardModel::refreshed, this, &TodayPage::onRefreshed);
    connect(m_model, &DeadlineBoardModel::loadFailed, this,
            [this](const Error& error) { Q_EMIT statusMessage(ErrorText::message(error)); });
    if (m_state)
        header->restoreState(m_state->viewState(kHeaderKey));
    if (m_state)
        connect(header, &QHeaderView::sectionResized, this, [this] {
            m_state->setViewState(kHeaderKey, m_table->horizontalHeader()->saveState());
        });
    setWhyVisible(m_state && m_state->viewState(kWhyKey) == "1");
    onRefreshed();
}

TodayPage::TodayPage(std::unique_ptr<DeadlineBoard> board, WritePath& writes, ViewState* state,
                     QWidget* parent)
    : TodayPage(*board, writes, state, parent)
{
    m_ownedBoard = std::move(board);
}

TodayPage::~TodayPage() = default;

QIcon TodayPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/today.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("x-office-calendar"));
}

int TodayPage::badge() const
{
    return m_model->overdueCount();
}

QWidget* TodayPage::buildTopBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("todaySearch"));
    m_search->setPlaceholderText(tr("Filter by dossier number, deadline or state (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter the deadlines"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateWhy();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });
    layout->addWidget(m_search, 1);

    auto* daysLabel = new QLabel(tr("D&ue within:"), bar);
    m_days = new QSpinBox(bar);
    m_days->setObjectName(QStringLiteral("todayDays"));
    m_days->setRange(1, 90);
    m_days->setValue(m_model->dueWithinDays());
    m_days->setSuffix(tr(" days"));
    daysLabel->setBuddy(m_days);
    connect(m_days, &QSpinBox::valueChanged, m_model, &DeadlineBoardModel::setDueWithinDays);
    layout->addWidget(daysLabel);
    layout->addWidget(m_days);

    m_why = new QToolButton(bar);
    m_why->setObjectName(QStringLiteral("todayWhyButton"));
    m_why->setText(tr("&Why?"));
    m_why->setCheckable(true);
    m_why->setToolTip(tr("Show how the selected date was computed (Alt+W)"));
    connect(m_why, &QToolButton::toggled, this, &TodayPage::setWhyVisible);
    layout->addWidget(m_why);

    auto* refresh =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("todayRefreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refresh->setToolTip(tr("Compute the board again (%1)")
                            .arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(refresh, &QAction::triggered, m_model, &DeadlineBoardModel::refresh);
    addAction(refresh);
    auto* agenda = new QAction(QIcon::fromTheme(QStringLiteral("x-office-calendar")),
                               tr("&Agenda (.ics)…"), this);
    agenda->setObjectName(QStringLiteral("todayAgendaAction"));
    agenda->setToolTip(tr("Save the deadlines shown as an iCalendar file for your agenda"));
    connect(agenda, &QAction::triggered, this, &TodayPage::chooseCalendarFile);
    auto* agendaButton = new QToolButton(bar);
    agendaButton->setDefaultAction(agenda);
    agendaButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(agendaButton);
    auto* refreshButton = new QToolButton(bar);
    refreshButton->setDefaultAction(refresh);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(refreshButton);
    return bar;
}

int TodayPage::sourceRow(int tableRow) const
{
    return m_filter->mapToSource(m_filter->index(tableRow, 0)).row();
}

bool TodayPage::whyVisible() const
{
    return !m_whyText->isHidden();
}

QString TodayPage::whyText() const
{
    return m_whyText->text();
}

void TodayPage::setWhyVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_why);
        m_why->setChecked(visible);
    }
    m_whyText->setVisible(visible);
    if (m_state)
        m_state->setViewState(kWhyKey, visible ? "1" : "0");
    updateWhy();
}

// The derivation is computed by the legal clock only while the panel shows it.
void TodayPage::updateWhy()
{
    if (m_whyText->isHidden())
        return;
    const int row = sourceRow(m_table->currentIndex().row());
    const DeadlineItem* item = m_model->itemAt(row);
    if (!item) {
        m_whyText->setText(tr("Select a deadline to see how its date was computed."));
        return;
    }
    const QString derivation = m_model->derivation(row);
    const QString heading = tr("%1 — %2, %3")
                                .arg(item->number, ProcedureText::deadline(item->name),
                                     ProcedureText::longDate(item->date));
    m_whyText->setText(derivation.isEmpty()
                           ? tr("%1: the date recorded in the dossier.").arg(heading)
                           : tr("%1: %2").arg(heading, derivation));
}

void TodayPage::onRefreshed()
{
    const int overdue = m_model->overdueCount();
    const int total = m_model->rowCount();
    const QLocale locale;
    m_summary->setText(
        overdue > 0
            ? tr("<b style=\"color:#c01c28\">Overdue: %1</b> — on the board: %2 (due within %3 "
                 "days, limitations within 30 days, hearings this week, measures that end).")
                  .arg(locale.toString(overdue), locale.toString(total),
                       locale.toString(m_model->dueWithinDays()))
            : tr("Nothing overdue — on the board: %1 (due within %2 days, limitations within 30 "
                 "days, hearings this week, measures that end).")
                  .arg(locale.toString(total), locale.toString(m_model->dueWithinDays())));
    m_empty->setText(tr("Nothing needs doing: no deadline has passed and none falls within the "
                        "next %1 days.")
                         .arg(m_model->dueWithinDays()));
    m_listStack->setCurrentWidget(total > 0 ? static_cast<QWidget*>(m_table) : m_empty);
    if (total > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateWhy();
    Q_EMIT badgeChanged();
}

void TodayPage::openCurrent()
{
    const DeadlineItem* item = m_model->itemAt(sourceRow(m_table->currentIndex().row()));
    if (item)
        Q_EMIT openRequested(item->procedure, item->id);
}

void TodayPage::chooseCalendarFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the deadlines for the agenda"),
                                     QDir::home().filePath(QStringLiteral("regie-deadlines.ics")),
                                     tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(path);
}

bool TodayPage::exportCalendar(const QString& path)
{
    QVector<DeadlineItem> items;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = sourceRow(row);
        if (const DeadlineItem* item = m_model->itemAt(source)) {
            items << *item;
            items.last().derivation = m_model->derivation(source);
        }
    }
    const QByteArray ics =
        ICalendar::write(DeadlineCalendar::events(items, &DeadlineBoardModel::calendarText),
                         QDateTime::currentDateTimeUtc(),
                         QStringLiteral("-//Regie//Deadline board//NL"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        Q_EMIT statusMessage(tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 deadlines to %2.").arg(items.size()).arg(path));
    return true;
}

void TodayPage::activate()
{
    m_table->setFocus();
}

void TodayPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace regie
