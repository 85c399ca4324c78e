#include "PeopleService.h"

#include "identifiers/BisNumber.h"
#include "identifiers/CompanyNumber.h"
#include "identifiers/NationalNumber.h"
#include "storage/ChangeSet.h"

namespace regie {

namespace {

// A national register number, or else a BIS number: the check of the kind that fits, and the
// birth date the number encodes (when it encodes a full one).
IdentifierCheck checkPersonNumber(const QString& input, std::optional<QDate>* birth)
{
    const IdentifierCheck national = NationalNumber::check(input);
    if (national.valid || national.rule != QLatin1String("nrn.bis-month")) {
        *birth = national.valid ? NationalNumber::birthDate(input) : std::nullopt;
        return national;
    }
    const IdentifierCheck bis = BisNumber::check(input);
    *birth = bis.valid ? BisNumber::birthDate(input) : std::nullopt;
    return bis;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<Person> PeopleService::validate(Person p) const
{
    p.familyName = p.familyName.trimmed();
    p.givenNames = p.givenNames.trimmed();
    p.legalName = p.legalName.trimmed();
    if (p.kind == Person::Kind::Natural) {
        if (p.familyName.isEmpty())
            return ruleError(ErrorCode::Validation, QStringLiteral("required"),
                             tr("family name is empty"), QStringLiteral("family_name"));
        p.companyNumber.clear();
        if (!p.nationalNumber.trimmed().isEmpty()) {
            std::optional<QDate> birth;
            const IdentifierCheck check = checkPersonNumber(p.nationalNumber, &birth);
            if (!check.valid)
                return check.toError(QStringLiteral("national_number"));
            p.nationalNumber = check.normalized;
            if (birth && p.birthDate.isValid() && *birth != p.birthDate)
                return ruleError(
                    ErrorCode::Validation, QStringLiteral("birth-date-mismatch"),
                    tr("birth date %1 differs from %2 in the number")
                        .arg(p.birthDate.toString(Qt::ISODate), birth->toString(Qt::ISODate)),
                    QStringLiteral("birth_date"));
            if (birth && !p.birthDate.isValid())
                p.birthDate = *birth;
        }
    } else {
        if (p.legalName.isEmpty())
            return ruleError(ErrorCode::Validation, QStringLiteral("required"),
                             tr("legal name is empty"), QStringLiteral("legal_name"));
        p.nationalNumber.clear();
        p.birthDate = QDate();
        if (!p.companyNumber.trimmed().isEmpty()) {
            const IdentifierCheck check = CompanyNumber::check(p.companyNumber);
            if (!check.valid)
                return check.toError(QStringLiteral("company_number"));
            p.companyNumber = check.normalized;
        }
    }
    for (const auto& [column, number] : {std::pair{QStringLiteral("national_number"), p.nationalNumber},
                                         std::pair{QStringLiteral("company_number"), p.companyNumber}}) {
        if (number.isEmpty())
            continue;
        auto other = m_repo.findByNumber(column, number, p.id);
        if (!other.ok())
            return other.error();
        if (!other->isEmpty())
            return ruleError(ErrorCode::Validation, QStringLiteral("duplicate-number"),
                             tr("number already registered for person %1").arg(*other), column);
    }
    return p;
}

QVariantMap PeopleService::fieldsOf(const Person& p)
{
    return {{QStringLiteral("kind"), Person::kindName(p.kind)},
            {QStringLiteral("family_name"), p.familyName},
            {QStringLiteral("given_names"), p.givenNames},
            {QStringLiteral("birth_date"), p.birthDate.isValid() ? QVariant(p.birthDate) : QVariant()},
            {QStringLiteral("national_number"), nullIfEmpty(p.nationalNumber)},
            {QStringLiteral("legal_name"), p.legalName},
            {QStringLiteral("legal_form"), p.legalForm},
            {QStringLiteral("company_number"), nullIfEmpty(p.companyNumber)},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("notes"), p.notes}};
}

Result<QString> PeopleService::add(Person person)
{
    auto valid = validate(std::move(person));
    if (!valid.ok())
        return valid.error();
    ChangeSet cs(QStringLiteral("person.add"));
    const QString id = cs.create(QStringLiteral("persons"), fieldsOf(valid.value()));
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    return id;
}

Result<Receipt> PeopleService::update(const Person& before, Person after)
{
    after.id = before.id;
    auto valid = validate(std::move(after));
    if (!valid.ok())
        return valid.error();
    const QVariantMap oldFields = fieldsOf(before);
    QVariantMap changed;
    const QVariantMap newFields = fieldsOf(valid.value());
    for (auto it = newFields.cbegin(); it != newFields.cend(); ++it) {
        if (!WritePath::sameValue(oldFields.value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    ChangeSet cs(QStringLiteral("person.edit"));
    if (!changed.isEmpty())
        cs.set(QStringLiteral("persons"), before.id, changed);
    return m_writes.apply(cs);
}

Result<Receipt> PeopleService::remove(const QString& id)
{
    ChangeSet cs(QStringLiteral("person.delete"));
    cs.remove(QStringLiteral("persons"), id);
    return m_writes.apply(cs);
}

Result<Person> PeopleService::open(const QString& id)
{
    auto person = m_repo.get(id);
    if (!person.ok())
        return person.error();
    if (auto logged = m_writes.audit().recordAccess(m_writes.actor(), QStringLiteral("persons"), id);
        !logged.ok())
        return logged.error();
    return person;
}

} // namespace regie
