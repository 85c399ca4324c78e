#pragma once

#include "common/Error.h"
#include "people/Person.h"

#include <QAbstractTableModel>
#include <QVector>

namespace regie {

class PersonRepository;
class WritePath;
struct Receipt;

// The people list: filtered, sorted and paged in SQL by PersonRepository. Rows arrive in pages
// of kPageSize through canFetchMore()/fetchMore(), so a register of a million people opens as
// fast as one of ten.
class PersonListModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 200;

    explicit PersonListModel(const PersonRepository& repository, QObject* parent = nullptr);

    // Re-queries with the text matched in SQL against names and identifying numbers.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    // Re-reads the rows loaded so far (at least one page), e.g. after a change.
    void refresh();
    // Refreshes whenever the write path changes people.
    void follow(const WritePath& writes);

    QString personId(int row) const;
    // The loaded row of a person; -1 when not (yet) loaded or not matching the filter.
    int rowOf(const QString& id) const;
    const Person* personAt(int row) const;
    // All rows matching the filter, loaded or not.
    int matchCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // "Person" or "Organisation", as the Kind column shows it.
    static QString kindText(Person::Kind kind);
    // "85.07.30-033.28" or "0440.966.354"; the stored text when it cannot be formatted.
    static QString formattedIdentifier(const Person& person);
    // The short date of the current locale, always with a four-digit year.
    static QString shortDate(const QDate& date);

Q_SIGNALS:
    // Emitted after every reload (filter, refresh) with the new number of matches.
    void matchCountChanged(int count);
    void loadFailed(const regie::Error& error);

private:
    void reload(int atLeast);
    QVariant displayValue(const Person& person, int column) const;
    void onApplied(const Receipt& receipt);

    const PersonRepository& m_repository;
    QString m_filter;
    QVector<Person> m_rows;
    int m_total = 0;
    // True while the model announces a reset or an insertion: no nested fetch then, because
    // listeners further down the line have not yet seen the change.
    bool m_changing = false;
};

} // namespace regie
