#include "PlanItemListEditor.h"

#include "actionplan/PlanItemListModel.h"
#include "common/ChoiceDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace regie {

namespace {
QToolButton* toolButton(const QString& text, const QString& icon, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

PlanItemListEditor::PlanItemListEditor(FicheEditSession::List list, QWidget* parent)
    : QWidget(parent), m_list(list), m_model(new PlanItemListModel(list, this)),
      m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("itemTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    if (m_model->columnCount() > 1) {
        m_view->setItemDelegateForColumn(
            1, new ChoiceDelegate(PlanItemListModel::extraValues(list),
                                  &PlanItemListModel::extraLabel, this));
        m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }

    m_add = toolButton(tr("&Add"), QStringLiteral("list-add"), this);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_remove = toolButton(tr("Re&move"), QStringLiteral("list-remove"), this);
    m_up = toolButton(tr("Move &up"), QStringLiteral("go-up"), this);
    m_down = toolButton(tr("Move &down"), QStringLiteral("go-down"), this);
    auto* buttons = new QHBoxLayout;
    for (QToolButton* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_add, &QToolButton::clicked, this, &PlanItemListEditor::addItem);
    connect(m_remove, &QToolButton::clicked, this, &PlanItemListEditor::removeItem);
    connect(m_up, &QToolButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveItem(1); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanItemListEditor::updateButtons);
    updateButtons();
}

void PlanItemListEditor::setSession(FicheEditSession* session)
{
    m_session = session;
    m_model->setSession(session);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanItemListEditor::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

int PlanItemListEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlanItemListEditor::addItem()
{
    if (!m_session)
        return;
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    const QStringList extras = PlanItemListModel::extraValues(m_list);
    m_session->insertItem(m_list, row, {QString(), tr("New item"),
                                        extras.isEmpty() ? QString() : extras.first()});
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void PlanItemListEditor::removeItem()
{
    if (m_session && currentRow() >= 0)
        m_session->removeItem(m_list, currentRow());
    updateButtons();
}

void PlanItemListEditor::moveItem(int delta)
{
    const int row = currentRow();
    if (!m_session || row < 0)
        return;
    m_session->moveItem(m_list, row, row + delta);
    m_view->setCurrentIndex(m_model->index(row + delta, 0));
}

void PlanItemListEditor::updateButtons()
{
    const int row = currentRow();
    m_add->setEnabled(m_session != nullptr);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace regie
