#pragma once

#include "Person.h"
#include "PersonRepository.h"
#include "common/Result.h"
#include "storage/WritePath.h"

#include <QCoreApplication>

namespace regie {

// Adds and edits people through the write path. Identifiers are validated (and stored in their
// compact form); every opening of a person's record is written to the audit trail.
class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    PeopleService(Database& db, WritePath& writes) : m_repo(db), m_writes(writes) {}

    // Returns the new person's id.
    Result<QString> add(Person person);
    Result<Receipt> update(const Person& before, Person after);
    Result<Receipt> remove(const QString& id);
    // Reads a person for display and records that read in the audit trail.
    Result<Person> open(const QString& id);

    // Checks and normalises a person's fields (the numbers to digits; the birth date from the
    // national number when it was left empty). Errors name the field.
    Result<Person> validate(Person person) const;

    const PersonRepository& repository() const { return m_repo; }

private:
    static QVariantMap fieldsOf(const Person& person);

    PersonRepository m_repo;
    WritePath& m_writes;
};

} // namespace regie
