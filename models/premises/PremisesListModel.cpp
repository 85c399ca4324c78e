#include "PremisesListModel.h"

#include "CertificateTexts.h"
#include "certificates/CertificateRepository.h"
#include "certificates/CertificateStatus.h"
#include "common/Clock.h"
#include "premises/PremisesRepository.h"
#include "storage/WritePath.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

namespace regie {

namespace {

QString currentHolders(const QVector<PremisesHolder>& holders, const QDate& today)
{
    QStringList names;
    for (const PremisesHolder& h : holders) {
        if (!h.activeOn(today))
            continue;
        if (h.role == PremisesHolder::Role::MainHolder)
            names.prepend(h.personName);
        else if (h.role == PremisesHolder::Role::Holder)
            names.append(h.personName);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

PremisesListModel::PremisesListModel(const PremisesRepository& premises,
                                     const CertificateRepository& dossiers, const Clock& clock,
                                     QObject* parent)
    : QAbstractTableModel(parent), m_premises(premises), m_dossiers(dossiers), m_clock(clock)
{
    refresh();
}

void PremisesListModel::follow(const WritePath& writes)
{
    connect(&writes, &WritePath::applied, this, &PremisesListModel::onApplied);
}

void PremisesListModel::onApplied(const Receipt& receipt)
{
    for (const QString& entity : receipt.entities) {
        if (entity.startsWith(QLatin1String("premises")) ||
            entity.startsWith(QLatin1String("certificate")) || entity == QLatin1String("windows")) {
            refresh();
            return;
        }
    }
}

void PremisesListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    auto premises = m_premises.list();
    auto dossiers = m_dossiers.list({}, CertificateRepository::Detail::Summary);
    if (!premises.ok() || !dossiers.ok()) {
        endResetModel();
        Q_EMIT loadFailed(!premises.ok() ? premises.error() : dossiers.error());
        return;
    }
    QHash<QString, const CertificateDossier*> newest; // the list is by application date
    for (const CertificateDossier& d : dossiers.value())
        newest.insert(d.premisesId, &d);
    const QDate today = m_clock.today();
    for (const Premises& p : premises.value()) {
        Row row;
        row.premises = p;
        row.order = int(m_rows.size());
        if (auto holders = m_premises.holders(p.id); holders.ok())
            row.holders = currentHolders(holders.value(), today);
        if (const CertificateDossier* d = newest.value(p.id)) {
            row.dossierId = d->id;
            row.status = CertificateStatus::name(CertificateStatus::at(*d, today));
            row.validUntil = CertificateStatus::expiry(*d);
        } else {
            row.status = QStringLiteral("none");
        }
        m_rows.push_back(row);
    }
    endResetModel();
}

const PremisesListModel::Row* PremisesListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PremisesListModel::rowOf(const QString& premisesId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).premises.id == premisesId)
            return i;
    }
    return -1;
}

int PremisesListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PremisesListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PremisesListModel::displayValue(const Row& row, int column) const
{
    switch (column) {
    case AddressColumn:
        return row.premises.address();
    case WindowsColumn:
        return row.premises.windowCount;
    case HoldersColumn:
        return row.holders.isEmpty() ? tr("(no holder)") : row.holders;
    case StatusColumn:
        return CertificateTexts::isAlarming(row.status)
                   ? QStringLiteral("⚠ ") + CertificateTexts::status(row.status)
                   : CertificateTexts::status(row.status);
    case ValidUntilColumn: // the short date with a four-digit year: the list is narrow
        if (!row.validUntil.isValid())
            return {};
        return QLocale().toString(row.validUntil,
                                  QLocale()
                                      .dateFormat(QLocale::ShortFormat)
                                      .replace(QStringLiteral("yyyy"), QStringLiteral("yy"))
                                      .replace(QStringLiteral("yy"), QStringLiteral("yyyy")));
    default:
        return {};
    }
}

QVariant PremisesListModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case AddressColumn:
        return row.order;
    case WindowsColumn:
        return row.premises.windowCount;
    case HoldersColumn:
        return row.holders.toLower();
    case StatusColumn:
        return CertificateTexts::status(row.status);
    case ValidUntilColumn:
        return row.validUntil.isValid() ? row.validUntil.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant PremisesListModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case SortRole:
        return sortValue(*row, index.column());
    case IdRole:
        return row->premises.id;
    case StatusRole:
        return row->status;
    case DossierRole:
        return row->dossierId;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && CertificateTexts::isAlarming(row->status))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == HoldersColumn && row->holders.isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WindowsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PremisesListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case WindowsColumn:
        return tr("Windows");
    case HoldersColumn:
        return tr("Holders");
    case StatusColumn:
        return tr("Certificate");
    case ValidUntilColumn:
        return tr("Valid until");
    default:
        return {};
    }
}

} // namespace regie
