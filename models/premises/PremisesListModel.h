#pragma once

#include "common/Error.h"
#include "premises/Premises.h"

#include <QAbstractTableModel>
#include <QVector>

namespace regie {

class CertificateRepository;
class CertificateRuleBook;
class Clock;
class PremisesRepository;
class WritePath;
struct Receipt;

// Every premises with its windows, current holders and the status of its newest certificate
// dossier today. Small (hundreds of rows): loaded whole; sort and filter with a proxy on SortRole.
class PremisesListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AddressColumn,
        WindowsColumn,
        HoldersColumn,
        StatusColumn,
        ValidUntilColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StatusRole, // machine name: none, applied, granted, ...
        DossierRole // id of the newest dossier, empty when none
    };

    struct Row
    {
        Premises premises;
        QString holders; // current holders, main holder first
        QString dossierId;
        QString status;
        QDate validUntil;
        int order = 0; // the repository's order: street, then house number
    };

    PremisesListModel(const PremisesRepository& premises, const CertificateRepository& dossiers,
                      const Clock& clock, QObject* parent = nullptr);

    void refresh();
    // Refreshes whenever the write path changes premises, holders or certificates.
    void follow(const WritePath& writes);

    const Row* rowAt(int row) const;
    int rowOf(const QString& premisesId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const regie::Error& error);

private:
    void onApplied(const Receipt& receipt);
    QVariant displayValue(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    const PremisesRepository& m_premises;
    const CertificateRepository& m_dossiers;
    const Clock& m_clock;
    QVector<Row> m_rows;
};

} // namespace regie
