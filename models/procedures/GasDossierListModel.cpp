#include "GasDossierListModel.h"

#include "ProcedureText.h"
#include "storage/WritePath.h"


namespace regie {

namespace {

bool sameQuery(const GasRepository::Filter& a, const GasRepository::Filter& b)
{
    return a.states == b.states && a.personId == b.personId && a.offenceCode == b.offenceCode &&
           a.factsFrom == b.factsFrom && a.factsTo == b.factsTo && a.search == b.search &&
           a.order == b.order;
}

} // namespace

GasDossierListModel::GasDossierListModel(const GasRepository& repository, QObject* parent)
    : PagedListModel(parent), m_repository(repository)
{
    reload(kPageSize);
}

void GasDossierListModel::setFilter(const GasRepository::Filter& filter)
{
    GasRepository::Filter next = filter;
    next.search = next.search.trimmed();
    if (sameQuery(next, m_filter))
        return;
    m_filter = next;
    reload(kPageSize);
}

void GasDossierListModel::setSearchText(const QString& text)
{
    GasRepository::Filter next = m_filter;
    next.search = text;
    setFilter(next);
}

void GasDossierListModel::setOrder(GasRepository::Order order)
{
    GasRepository::Filter next = m_filter;
    next.order = order;
    setFilter(next);
}

std::optional<GasRepository::Order> GasDossierListModel::orderFor(int column,
                                                                  Qt::SortOrder direction)
{
    using Order = GasRepository::Order;
    const bool ascending = direction == Qt::AscendingOrder;
    switch (column) {
    case NumberColumn:
        return ascending ? Order::NumberAscending : Order::NumberDescending;
    case FactsColumn:
        return ascending ? Order::FactsOldest : Order::FactsNewest;
    default:
        return std::nullopt;
    }
}

void GasDossierListModel::sort(int column, Qt::SortOrder order)
{
    if (const auto wanted = orderFor(column, order))
        setOrder(*wanted);
}

void GasDossierListModel::follow(const WritePath& writes)
{
    connect(&writes, &WritePath::applied, this, &GasDossierListModel::onApplied);
}

void GasDossierListModel::onApplied(const Receipt& receipt)
{
    if (receipt.entities.contains(QStringLiteral("gas_dossiers")) ||
        receipt.entities.contains(QStringLiteral("persons")))
        refresh();
}

Result<int> GasDossierListModel::countRows() const
{
    return m_repository.count(m_filter);
}

Result<int> GasDossierListModel::readPage(int offset, int limit)
{
    GasRepository::Filter query = m_filter;
    query.offset = offset;
    query.limit = limit;
    auto rows = m_repository.find(query);
    if (!rows.ok())
        return rows.error();
    m_page = std::move(rows).value();
    return int(m_page.size());
}

void GasDossierListModel::takePage()
{
    m_rows.append(std::move(m_page));
    m_page.clear();
}

const GasDossier* GasDossierListModel::dossierAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString GasDossierListModel::dossierId(int row) const
{
    const GasDossier* dossier = dossierAt(row);
    return dossier ? dossier->id : QString();
}

int GasDossierListModel::rowOf(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id || m_rows.at(row).number == id)
            return row;
    }
    return -1;
}

int GasDossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant GasDossierListModel::displayValue(const GasDossier& dossier, int column) const
{
    switch (column) {
    case NumberColumn:
        return dossier.number;
    case FactsColumn:
        return ProcedureText::shortDate(dossier.factsDate);
    case OffenderColumn:
        return dossier.personName;
    case OffenceColumn: // the catalogue's words; the code where a dossier has none
        return dossier.offenceTitle.isEmpty() ? dossier.offenceCode : dossier.offenceTitle;
    case StateColumn:
        return ProcedureText::state(dossier.state);
    case NextDeadlineColumn:
        if (!dossier.nextDeadline.isValid())
            return {};
        return tr("%1 — %2").arg(ProcedureText::shortDate(dossier.nextDeadline),
                                 ProcedureText::deadline(dossier.nextDeadlineName));
    default:
        return {};
    }
}

QVariant GasDossierListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GasDossier& dossier = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(dossier, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OffenceColumn && !dossier.offenceTitle.isEmpty())
            return QStringLiteral("%1 (%2)").arg(dossier.offenceTitle, dossier.offenceCode);
        return displayValue(dossier, index.column());
    case IdRole:
        return dossier.id;
    case StateRole:
        return dossier.state;
    default:
        return {};
    }
}

QVariant GasDossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case FactsColumn:
        return tr("Facts");
    case OffenderColumn:
        return tr("Offender");
    case OffenceColumn:
        return tr("Offence");
    case StateColumn:
        return tr("State");
    case NextDeadlineColumn:
        return tr("Next deadline");
    default:
        return {};
    }
}

} // namespace regie
