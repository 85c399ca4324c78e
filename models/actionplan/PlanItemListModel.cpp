#include "PlanItemListModel.h"

namespace regie {

PlanItemListModel::PlanItemListModel(FicheEditSession::List list, QObject* parent)
    : QAbstractTableModel(parent), m_list(list)
{
}

QStringList PlanItemListModel::extraValues(FicheEditSession::List list)
{
    switch (list) {
    case FicheEditSession::List::Actions:
        return {QStringLiteral("planned"), QStringLiteral("running"), QStringLiteral("done"),
                QStringLiteral("dropped")};
    case FicheEditSession::List::Indicators:
        return {QStringLiteral("entered"), QStringLiteral("computed"), QStringLiteral("imported")};
    case FicheEditSession::List::Partners: break;
    }
    return {};
}

QString PlanItemListModel::extraLabel(const QString& value)
{
    if (value == QLatin1String("planned")) return tr("Planned");
    if (value == QLatin1String("running")) return tr("Running");
    if (value == QLatin1String("done")) return tr("Done");
    if (value == QLatin1String("dropped")) return tr("Dropped");
    if (value == QLatin1String("entered")) return tr("Entered by partner");
    if (value == QLatin1String("computed")) return tr("Computed by Regie");
    if (value == QLatin1String("imported")) return tr("Imported");
    return value;
}

void PlanItemListModel::setSession(FicheEditSession* session)
{
    beginResetModel();
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (session) {
        using S = FicheEditSession;
        m_connections << connect(session, &S::listAboutToBeReset, this, [this](S::List l) {
            if (ours(l))
                beginResetModel();
        });
        m_connections << connect(session, &S::listReset, this, [this](S::List l) {
            if (ours(l))
                endResetModel();
        });
        m_connections << connect(session, &S::itemAboutToBeInserted, this,
                                 [this](S::List l, int row) {
                                     if (ours(l))
                                         beginInsertRows({}, row, row);
                                 });
        m_connections << connect(session, &S::itemInserted, this, [this](S::List l) {
            if (ours(l))
                endInsertRows();
        });
        m_connections << connect(session, &S::itemAboutToBeRemoved, this,
                                 [this](S::List l, int row) {
                                     if (ours(l))
                                         beginRemoveRows({}, row, row);
                                 });
        m_connections << connect(session, &S::itemRemoved, this, [this](S::List l) {
            if (ours(l))
                endRemoveRows();
        });
        m_connections << connect(session, &S::itemChanged, this, [this](S::List l, int row) {
            if (ours(l))
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        });
    }
    endResetModel();
}

int PlanItemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->list(m_list).size());
}

int PlanItemListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (extraValues(m_list).isEmpty() ? 1 : 2);
}

QVariant PlanItemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_session)
        return {};
    const PlanItem& item = m_session->list(m_list).at(index.row());
    if (index.column() == 0 && (role == Qt::DisplayRole || role == Qt::EditRole ||
                                role == Qt::ToolTipRole))
        return item.text;
    if (index.column() == 1 && role == Qt::DisplayRole)
        return extraLabel(item.extra);
    if (index.column() == 1 && role == Qt::EditRole)
        return item.extra;
    return {};
}

bool PlanItemListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_session)
        return false;
    PlanItem item = m_session->list(m_list).at(index.row());
    if (index.column() == 0) {
        if (value.toString().trimmed().isEmpty())
            return false; // an empty line is removed, not stored
        item.text = value.toString();
    } else {
        if (!extraValues(m_list).contains(value.toString()))
            return false;
        item.extra = value.toString();
    }
    m_session->setItem(m_list, index.row(), item);
    return true;
}

Qt::ItemFlags PlanItemListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant PlanItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 1)
        return m_list == FicheEditSession::List::Actions ? tr("Status") : tr("Source");
    switch (m_list) {
    case FicheEditSession::List::Actions: return tr("Planned action");
    case FicheEditSession::List::Indicators: return tr("Measurement result");
    case FicheEditSession::List::Partners: return tr("Partner");
    }
    return {};
}

} // namespace regie
