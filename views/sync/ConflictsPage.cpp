#include "ConflictsPage.h"

#include "SyncErrorText.h"
#include "common/Clock.h"
#include "storage/Workspace.h"
#include "sync/ConflictListModel.h"
#include "sync/RecordWords.h"
#include "sync/TrustStore.h"

#include <QFile>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace regie {

namespace {

QPlainTextEdit* valueBox(QWidget* parent, const char* name, bool readOnly)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(readOnly);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}

} // namespace

ConflictsPage::ConflictsPage(Workspace& ws, QWidget* parent)
    : Page(parent), m_ws(ws), m_model(new ConflictListModel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The same field was edited here and at a peer before either had "
                                "seen the other's edit, or a record was deleted at one "
                                "installation while it was being edited at another. Sync kept "
                                "both sides; nothing is lost. Decide which is right: your "
                                "choice travels to the peers with the next bundle."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("conflictList"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    topLayout->addWidget(m_table);
    m_empty = new QLabel(tr("No conflicts. When two installations edit the same field at the "
                            "same time, both values appear here after the import."),
                         top);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    topLayout->addWidget(m_empty);

    m_detail = new QGroupBox(tr("Decide"), splitter);
    auto* grid = new QGridLayout(m_detail);
    m_record = new QLabel(m_detail);
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_record, 0, 0, 1, 3);
    m_localBy = new QLabel(m_detail);
    m_localBy->setWordWrap(true);
    m_remoteBy = new QLabel(m_detail);
    m_remoteBy->setWordWrap(true);
    auto* ownTitle = new QLabel(tr("<b>Another value</b>"), m_detail);
    grid->addWidget(m_localBy, 1, 0);
    grid->addWidget(m_remoteBy, 1, 1);
    grid->addWidget(ownTitle, 1, 2);
    m_localValue = valueBox(m_detail, "localValue", true);
    m_remoteValue = valueBox(m_detail, "remoteValue", true);
    m_ownValue = valueBox(m_detail, "ownValue", false);
    grid->addWidget(m_localValue, 2, 0);
    grid->addWidget(m_remoteValue, 2, 1);
    grid->addWidget(m_ownValue, 2, 2);
    auto* keepLocal = new QPushButton(m_detail);
    keepLocal->setObjectName(QStringLiteral("keepLocal"));
    m_keepLocal = keepLocal;
    auto* keepRemote = new QPushButton(m_detail);
    keepRemote->setObjectName(QStringLiteral("keepRemote"));
    m_keepRemote = keepRemote;
    auto* useOwn = new QPushButton(m_detail);
    useOwn->setObjectName(QStringLiteral("useValue"));
    m_useOwn = useOwn;
    grid->addWidget(keepLocal, 3, 0);
    grid->addWidget(keepRemote, 3, 1);
    grid->addWidget(useOwn, 3, 2);
    grid->setRowStretch(2, 1);
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(keepLocal, &QPushButton::clicked, this,
            [this]() { resolveSelected(ConflictStore::Keep::Local); });
    connect(keepRemote, &QPushButton::clicked, this,
            [this]() { resolveSelected(ConflictStore::Keep::Remote); });
    connect(useOwn, &QPushButton::clicked, this,
            [this]() { resolveSelected(ConflictStore::Keep::Value, m_ownValue->toPlainText()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPage::showSelected);
    reload();
}

QIcon ConflictsPage::icon() const
{
    const QString embedded = QStringLiteral(":/regie/icons/conflicts.svg");
    if (QFile::exists(embedded))
        return QIcon(embedded);
    return QIcon::fromTheme(QStringLiteral("dialog-warning"));
}

void ConflictsPage::reload()
{
    const qint64 selected =
        m_table->currentIndex().isValid() ? m_model->conflict(m_table->currentIndex().row()).id : 0;
    QHash<QString, QString> names;
    auto peers = TrustStore(m_ws.db()).list();
    if (peers.ok()) {
        for (const Peer& p : peers.value())
            names.insert(p.identity.installationId, p.name);
    }
    names.insert(m_ws.installation().id, tr("this installation"));
    auto open = ConflictStore(m_ws.db(), m_ws.writes()).list(true);
    if (!open.ok())
        showMessage(SyncErrorText::message(open.error()), true);
    m_model->setConflicts(open.ok() ? open.value() : QVector<SyncConflict>(), names);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    m_detail->setVisible(any);
    if (any) {
        const int row = m_model->rowOfId(selected);
        select(row < 0 ? 0 : row);
    }
    if (m_model->rowCount() != m_open) {
        m_open = m_model->rowCount();
        Q_EMIT badgeChanged();
    }
}

void ConflictsPage::select(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    showSelected();
}

void ConflictsPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const SyncConflict& c = m_model->conflict(current.row());
    const QString record = RecordWords::record(c.entity, c.recordLabel, c.entityId);
    const QString field = RecordWords::field(c.field);
    if (c.isDeletion())
        m_record->setText(
            tr("<b>%1</b> was deleted at one installation while its <b>%2</b> was edited at "
               "another, neither knowing the other's change. The record is %3 for now; the "
               "edited value is kept here. Restore the record with that value (or another), "
               "or confirm the deletion.")
                .arg(record.toHtmlEscaped(), field.toHtmlEscaped(),
                     c.recordDeleted ? tr("deleted") : tr("present")));
    else
        m_record->setText(
            tr("<b>%1</b> of <b>%2</b> \u2013 now in the record: %3")
                .arg(field.toHtmlEscaped(), record.toHtmlEscaped(),
                     ConflictListModel::valueText(c, c.currentValue).toHtmlEscaped()));
    m_record->setToolTip(tr("Record %1").arg(c.entityId));
    m_localBy->setText(
        tr("<b>Here</b>: %1")
            .arg(m_model->byText(c.localUser, c.localInstallation, c.localHlc).toHtmlEscaped()));
    m_remoteBy->setText(
        tr("<b>At the peer</b>: %1")
            .arg(m_model->byText(c.remoteUser, c.remoteInstallation, c.remoteHlc).toHtmlEscaped()));
    m_localValue->setPlainText(ConflictListModel::sideText(c, true));
    m_remoteValue->setPlainText(ConflictListModel::sideText(c, false));
    if (c.isDeletion()) {
        const QString restore = tr("&Restore with the edited value");
        const QString confirm = tr("Confirm the &deletion");
        m_keepLocal->setText(c.editIsLocal() ? restore : confirm);
        m_keepRemote->setText(c.editIsLocal() ? confirm : restore);
        m_useOwn->setText(tr("Restore with &this value"));
        m_ownValue->setPlainText(c.editValue().toString());
    } else {
        m_keepLocal->setText(tr("Keep the value &here"));
        m_keepRemote->setText(tr("Keep the &peer's value"));
        m_useOwn->setText(tr("&Use this value"));
        m_ownValue->setPlainText(c.currentValue.toString());
    }
    // Whether a record is deleted is a choice between the two sides, not a value to type.
    const bool editable = c.field != QLatin1String("deleted");
    m_ownValue->setEnabled(editable);
    m_useOwn->setEnabled(editable);
}

bool ConflictsPage::resolveSelected(ConflictStore::Keep keep, const QString& value)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    const SyncConflict c = m_model->conflict(current.row());
    auto resolved =
        ConflictStore(m_ws.db(), m_ws.writes())
            .resolve(c.id, keep, value, m_ws.clock().now().toUTC().toString(Qt::ISODate));
    if (!resolved.ok()) {
        showMessage(SyncErrorText::message(resolved.error()), true);
        reload();
        return false;
    }
    const SyncConflict& done = resolved.value();
    const QString record = RecordWords::record(c.entity, c.recordLabel, c.entityId);
    if (done.isDeletion() && done.recordDeleted)
        showMessage(tr("The deletion of %1 is confirmed. The choice goes to the peers with the "
                       "next bundle.")
                        .arg(record),
                    false);
    else
        showMessage(tr("%1 of %2 now holds \u201c%3\u201d%4. The choice goes to the peers with "
                       "the next bundle.")
                        .arg(RecordWords::field(c.field), record,
                             ConflictListModel::valueText(c, done.currentValue),
                             done.isDeletion() ? tr(" (the record is restored)") : QString()),
                    false);
    reload();
    return true;
}

QString ConflictsPage::lastMessage() const
{
    return m_message->text();
}

void ConflictsPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem
                                 ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; "
                                                  "border: 1px solid #e6a39c; }")
                                 : QStringLiteral("QLabel { background: #eaf5ee; color: #1d5c34; "
                                                  "border: 1px solid #9fcfb0; }"));
    m_message->setVisible(!text.isEmpty());
    Q_EMIT statusMessage(text);
}

} // namespace regie
