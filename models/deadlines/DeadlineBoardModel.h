#pragma once

#include "common/Error.h"
#include "deadlines/DeadlineCalendar.h"
#include "deadlines/DeadlineItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace regie {

class DeadlineBoard;
class WritePath;
struct Receipt;

// The "Today" board: what needs doing, overdue rows first (oldest first), then the rest by date.
// The board computes dates only; a row's derivation ("why?") is computed by the legal clock the
// first time it is asked for (DerivationRole, derivation()) and kept until the next refresh.
class DeadlineBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        DateColumn,
        DaysColumn,
        DeadlineColumn,
        NumberColumn,
        ProcedureColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProcedureRole, // gas-fine, place-ban, ...
        CategoryRole,  // overdue, due, limitation, hearing, measure-expiry
        DerivationRole
    };

    explicit DeadlineBoardModel(const DeadlineBoard& board, QObject* parent = nullptr);

    // The horizon for "due soon" and measure ends (the board's dueWithinDays, default 7).
    void setDueWithinDays(int days);
    int dueWithinDays() const { return m_dueWithin; }
    // Recomputes the board.
    void refresh();
    // Recomputes when the write path changes dossiers, events, payments or measures.
    void follow(const WritePath& writes);

    const DeadlineItem* itemAt(int row) const;
    // The row's derivation, computed on first request; empty when the clock cannot explain it.
    QString derivation(int row) const;
    int overdueCount() const { return m_overdue; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The board's order: overdue first, then by date, then by number.
    static void sortForToday(QVector<DeadlineItem>& items);
    // "−3", "today", "+5": days relative to today, never by colour alone.
    static QString daysText(int daysLeft);
    // The row's state in words (a GAS state, a measure's or a sanction's phase).
    static QString stateText(const DeadlineItem& item);
    // An agenda entry in the words of the board (DeadlineCalendar::events()).
    static DeadlineCalendar::EntryText calendarText(const DeadlineItem& item);

Q_SIGNALS:
    void refreshed();
    void loadFailed(const regie::Error& error);

private:
    QVariant displayValue(const DeadlineItem& item, int column) const;
    void onApplied(const Receipt& receipt);

    const DeadlineBoard& m_board;
    int m_dueWithin = 7;
    QVector<DeadlineItem> m_items;
    mutable QHash<int, QString> m_derivations;
    int m_overdue = 0;
};

} // namespace regie
