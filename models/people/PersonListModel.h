#pragma once

#include "common/PagedListModel.h"
#include "people/Person.h"

#include <QVector>

namespace regie {

class PersonRepository;
class WritePath;
struct Receipt;

// The people list: filtered, sorted and paged in SQL by PersonRepository. Rows arrive in pages
// of kPageSize (PagedListModel), so a register of a million people opens as fast as one of ten.
class PersonListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        BirthDateColumn,
        IdentifierColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole
    };
    explicit PersonListModel(const PersonRepository& repository, QObject* parent = nullptr);

    // Re-queries with the text matched in SQL against names and identifying numbers.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    // Refreshes whenever the write path changes people.
    void follow(const WritePath& writes);

    QString personId(int row) const;
    // The loaded row of a person; -1 when not (yet) loaded or not matching the filter.
    int rowOf(const QString& id) const;
    const Person* personAt(int row) const;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Person" or "Organisation", as the Kind column shows it.
    static QString kindText(Person::Kind kind);
    // "85.07.30-033.28" or "0440.966.354"; the stored text when it cannot be formatted.
    static QString formattedIdentifier(const Person& person);
    // The short date of the current locale, always with a four-digit year.
    static QString shortDate(const QDate& date);

protected:
    Result<int> countRows() const override;
    Result<int> readPage(int offset, int limit) override;
    void takePage() override;
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    QVariant displayValue(const Person& person, int column) const;
    void onApplied(const Receipt& receipt);

    const PersonRepository& m_repository;
    QString m_filter;
    QVector<Person> m_rows;
    QVector<Person> m_page;
};

} // namespace regie
