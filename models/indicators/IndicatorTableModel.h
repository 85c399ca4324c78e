#pragma once

#include "indicators/ReportRounds.h"

#include <QAbstractTableModel>

namespace regie {

// A round's indicators beside the previous round, one row per indicator. The table and the bar
// chart of the indicator dashboard both show this model (the chart through QVBarModelMapper on
// the Value and Previous columns), so they never disagree.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Fiche,
        Indicator,
        Kind,
        Value,
        Previous,
        Source,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        DefinitionRole,
        KindRole
    };

    explicit IndicatorTableModel(QObject* parent = nullptr);

    void setRows(const QVector<RoundRow>& rows, const IndicatorCatalogue& catalogue,
                 const QString& language, const QString& currentName, const QString& previousName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RoundRow values;
        QString label;
        QString definition;
    };
    QVector<Row> m_rows;
    QString m_current;
    QString m_previous;
};

// One indicator across the frozen rounds: row = round (in time order), column 0 = the round's
// position, column 1 = its value, the round name in the row header. Feeds the trend line.
class IndicatorTrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Point
    {
        QString round;
        std::optional<double> value;
    };
    explicit IndicatorTrendModel(QObject* parent = nullptr);

    void setPoints(const QString& label, const QVector<Point>& points);
    QString label() const { return m_label; }
    QStringList roundNames() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_label;
    QVector<Point> m_points;
};

} // namespace regie
