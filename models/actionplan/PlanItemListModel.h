#pragma once

#include "undo/FicheEditSession.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace regie {

// One list of the fiche being edited (planned actions, indicators or partners). Edits go to the
// session as undoable commands; the model follows the session's signals.
class PlanItemListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    PlanItemListModel(FicheEditSession::List list, QObject* parent = nullptr);

    // Follows another session (or none).
    void setSession(FicheEditSession* session);
    FicheEditSession::List list() const { return m_list; }
    // The values the second column offers (action status, indicator kind); empty = one column.
    static QStringList extraValues(FicheEditSession::List list);
    static QString extraLabel(const QString& value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool ours(FicheEditSession::List list) const { return list == m_list; }

    FicheEditSession::List m_list;
    QPointer<FicheEditSession> m_session;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace regie
