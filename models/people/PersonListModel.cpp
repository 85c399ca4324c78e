#include "PersonListModel.h"

#include "identifiers/BisNumber.h"
#include "identifiers/CompanyNumber.h"
#include "identifiers/NationalNumber.h"
#include "people/PersonRepository.h"
#include "storage/WritePath.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace regie {

namespace {

const QString kPersons = QStringLiteral("persons");

QString oneLine(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(QStringLiteral(", "));
}

} // namespace

PersonListModel::PersonListModel(const PersonRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    reload(kPageSize);
}

void PersonListModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload(kPageSize);
}

void PersonListModel::refresh()
{
    reload(std::max<int>(kPageSize, m_rows.size()));
}

void PersonListModel::follow(const WritePath& writes)
{
    connect(&writes, &WritePath::applied, this, &PersonListModel::onApplied);
}

void PersonListModel::onApplied(const Receipt& receipt)
{
    if (receipt.entities.contains(kPersons))
        refresh();
}

void PersonListModel::reload(int atLeast)
{
    const int pages = (atLeast + kPageSize - 1) / kPageSize;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    auto total = m_repository.count(m_filter);
    auto rows = m_repository.find({m_filter, 0, pages * kPageSize});
    if (total.ok() && rows.ok()) {
        m_rows = std::move(rows).value();
        m_total = std::max<int>(total.value(), m_rows.size());
    }
    {
        const QScopedValueRollback announcing(m_changing, true);
        endResetModel();
    }
    if (!total.ok())
        Q_EMIT loadFailed(total.error());
    else if (!rows.ok())
        Q_EMIT loadFailed(rows.error());
    Q_EMIT matchCountChanged(m_total);
}

bool PersonListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void PersonListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    auto rows = m_repository.find({m_filter, int(m_rows.size()), kPageSize});
    if (!rows.ok()) {
        m_total = m_rows.size(); // stop asking; refresh() tries again
        Q_EMIT loadFailed(rows.error());
        return;
    }
    const QVector<Person>& page = rows.value();
    if (!page.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + page.size() - 1);
        m_rows.append(page);
        endInsertRows();
    }
    if (page.size() < kPageSize && m_total != m_rows.size()) {
        m_total = m_rows.size(); // people were removed meanwhile
        Q_EMIT matchCountChanged(m_total);
    }
}

QString PersonListModel::personId(int row) const
{
    const Person* person = personAt(row);
    return person ? person->id : QString();
}

int PersonListModel::rowOf(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

const Person* PersonListModel::personAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(person, index.column());
    case Qt::ToolTipRole:
        if (index.column() == AddressColumn && !person.address.isEmpty())
            return person.address;
        return displayValue(person, index.column());
    case IdRole:
        return person.id;
    case KindRole:
        return Person::kindName(person.kind);
    default:
        return {};
    }
}

QVariant PersonListModel::displayValue(const Person& person, int column) const
{
    switch (column) {
    case NameColumn:
        return person.displayName();
    case KindColumn:
        return kindText(person.kind);
    case BirthDateColumn:
        return shortDate(person.birthDate);
    case IdentifierColumn:
        return formattedIdentifier(person);
    case AddressColumn:
        return oneLine(person.address);
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case BirthDateColumn:
        return tr("Birth date");
    case IdentifierColumn:
        return tr("Identifier");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}

QString PersonListModel::kindText(Person::Kind kind)
{
    return kind == Person::Kind::Legal ? tr("Organisation") : tr("Person");
}

QString PersonListModel::formattedIdentifier(const Person& person)
{
    if (person.kind == Person::Kind::Legal) {
        const QString formatted = CompanyNumber::format(person.companyNumber);
        return formatted.isEmpty() ? person.companyNumber : formatted;
    }
    QString formatted = NationalNumber::format(person.nationalNumber);
    if (formatted.isEmpty())
        formatted = BisNumber::format(person.nationalNumber);
    return formatted.isEmpty() ? person.nationalNumber : formatted;
}

QString PersonListModel::shortDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy")); // birth dates need a century
    return QLocale().toString(date, format);
}

} // namespace regie
