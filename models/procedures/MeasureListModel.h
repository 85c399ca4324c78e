#pragma once

#include "common/Error.h"
#include "measures/MeasureRepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace regie {

class Clock;
class WritePath;
struct Receipt;

// The mayor's measures, newest first, filtered by kind and state and paged in SQL: a page of
// kPageSize rows at a time, until a page comes back short. The State column shows the status on
// today's date (a measure still stored "in force" whose end date has passed reads "Expired").
class MeasureListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        KindColumn,
        StartColumn,
        EndColumn,
        StateColumn,
        SubjectColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 200;

    MeasureListModel(const MeasureRepository& repository, const Clock& clock,
                     QObject* parent = nullptr);
    // scheduled | in-force | expired | lifted | ended, on `today` (as MeasureService::view).
    static QString statusOn(const Measure& measure, const QDate& today);

    void setKind(const QString& kind);   // empty: all kinds
    void setState(const QString& state); // empty: all states
    void refresh();
    void follow(const WritePath& writes);

    const Measure* measureAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const regie::Error& error);

private:
    void reload(int atLeast);
    QVariant displayValue(const Measure& measure, int column) const;

    const MeasureRepository& m_repository;
    const Clock& m_clock;
    MeasureRepository::Filter m_filter;
    QVector<Measure> m_rows;
    bool m_atEnd = false;
    bool m_changing = false;
};

} // namespace regie
