#include "PersonListModel.h"

#include "identifiers/BisNumber.h"
#include "identifiers/CompanyNumber.h"
#include "identifiers/NationalNumber.h"
#include "people/PersonRepository.h"
#include "storage/WritePath.h"

#include <QLocale>

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
    : PagedListModel(parent), m_repository(repository)
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

void PersonListModel::follow(const WritePath& writes)
{
    connect(&writes, &WritePath::applied, this, &PersonListModel::onApplied);
}

void PersonListModel::onApplied(const Receipt& receipt)
{
    if (receipt.entities.contains(kPersons))
        refresh();
}

Result<int> PersonListModel::countRows() const
{
    return m_repository.count(m_filter);
}

Result<int> PersonListModel::readPage(int offset, int limit)
{
    auto rows = m_repository.find({m_filter, offset, limit});
    if (!rows.ok())
        return rows.error();
    m_page = std::move(rows).value();
    return int(m_page.size());
}

void PersonListModel::takePage()
{
    m_rows.append(std::move(m_page));
    m_page.clear();
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
