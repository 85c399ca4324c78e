#include "PlannerModel.h"

#include "common/Clock.h"
#include "premises/CertificateTexts.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace regie {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString PlannerModel::detailText(const Planner::Item& item, int year)
{
    if (item.reason == QLatin1String("no-proactive-inspection"))
        return tr("No proactive inspection in %1").arg(year);
    if (item.reason == QLatin1String("renewal-due")) {
        // "certificate valid until 2026-02-27 (expired)"
        static const QRegularExpression iso(
            QStringLiteral("(\\d{4}-\\d{2}-\\d{2}) \\(([a-z-]+)\\)"));
        const QRegularExpressionMatch match = iso.match(item.detail);
        if (match.hasMatch())
            return tr("Certificate valid until %1 (%2)")
                .arg(CertificateTexts::date(QDate::fromString(match.captured(1), Qt::ISODate)),
                     CertificateTexts::status(match.captured(2)).toLower());
    }
    return item.detail; // a condition: its own text
}

PlannerModel::PlannerModel(const Planner& planner, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_planner(planner), m_clock(clock), m_year(clock.today().year())
{
    setYear(m_year);
}

bool PlannerModel::setYear(int year)
{
    auto items = m_planner.forYear(year);
    beginResetModel();
    m_year = year;
    m_items = items.ok() ? std::move(items).value() : QVector<Planner::Item>();
    endResetModel();
    if (!items.ok()) {
        Q_EMIT loadFailed(items.error());
        return false;
    }
    return true;
}

const Planner::Item* PlannerModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int PlannerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlannerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlannerModel::data(const QModelIndex& index, int role) const
{
    const Planner::Item* item = itemAt(index.row());
    if (!item || !index.isValid())
        return {};
    const bool overdue = item->dueDate.isValid() && item->dueDate < m_clock.today();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddressColumn:
            return item->address;
        case ReasonColumn:
            return CertificateTexts::plannerReason(item->reason);
        case DueColumn:
            return overdue ? tr("%1 (overdue)").arg(CertificateTexts::date(item->dueDate))
                           : CertificateTexts::date(item->dueDate);
        case DetailColumn:
            return detailText(*item, m_year);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case AddressColumn:
            return index.row(); // the planner's order: street, then house number
        case ReasonColumn:
            return CertificateTexts::plannerReason(item->reason);
        case DueColumn:
            return item->dueDate.toString(Qt::ISODate);
        case DetailColumn:
            return detailText(*item, m_year);
        default:
            return {};
        }
    case PremisesRole:
        return item->premisesId;
    case ReasonRole:
        return item->reason;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

QVariant PlannerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Premises");
    case ReasonColumn:
        return tr("Reason");
    case DueColumn:
        return tr("Due");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QByteArray PlannerModel::toCsv(const QVector<int>& rows) const
{
    QStringList lines{QStringLiteral("premisesId,address,reason,reasonText,dueDate,certificateId,"
                                     "conditionId,detail")};
    for (int row : rows) {
        const Planner::Item* item = itemAt(row);
        if (!item)
            continue;
        const QStringList fields{item->premisesId,
                                 item->address,
                                 item->reason,
                                 CertificateTexts::plannerReason(item->reason),
                                 item->dueDate.toString(Qt::ISODate),
                                 item->certificateId,
                                 item->conditionId,
                                 item->detail};
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        lines << quoted.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace regie
