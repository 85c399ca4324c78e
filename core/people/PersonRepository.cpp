#include "PersonRepository.h"

#include "storage/Database.h"

namespace regie {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, family_name, given_names, birth_date, coalesce(national_number, ''), legal_name, "
    "legal_form, coalesce(company_number, ''), address, notes");

const QString kMatch = QStringLiteral(
    "deleted = 0 AND (? = '' OR family_name LIKE ? OR given_names LIKE ? OR legal_name LIKE ? "
    "OR national_number LIKE ? OR company_number LIKE ?)");

Person personFrom(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toString();
    Person::kindFromName(q.value(1).toString(), &p.kind);
    p.familyName = q.value(2).toString();
    p.givenNames = q.value(3).toString();
    p.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.nationalNumber = q.value(5).toString();
    p.legalName = q.value(6).toString();
    p.legalForm = q.value(7).toString();
    p.companyNumber = q.value(8).toString();
    p.address = q.value(9).toString();
    p.notes = q.value(10).toString();
    return p;
}

void bindText(QSqlQuery& q, const QString& text)
{
    const QString trimmed = text.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
    }
    const QString pattern = QLatin1Char('%') + trimmed + QLatin1Char('%');
    const QString numberPattern = digits.isEmpty() ? QStringLiteral("\x01") : digits + QLatin1Char('%');
    q.addBindValue(trimmed);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(pattern);
    q.addBindValue(numberPattern);
    q.addBindValue(numberPattern);
}

} // namespace

Result<QVector<Person>> PersonRepository::find(const Filter& filter) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM persons WHERE ") + kMatch +
                                 QStringLiteral(" ORDER BY CASE kind WHEN 'legal' THEN legal_name "
                                                "ELSE family_name END COLLATE NOCASE, "
                                                "given_names COLLATE NOCASE, id LIMIT ? OFFSET ?"));
    bindText(q, filter.text);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("persons"));
    QVector<Person> result;
    while (q.next())
        result.push_back(personFrom(q));
    return result;
}

Result<int> PersonRepository::count(const QString& text) const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM persons WHERE ") + kMatch);
    bindText(q, text);
    if (!q.exec() || !q.next())
        return Database::errorOf(q, QStringLiteral("count persons"));
    const int count = q.value(0).toInt();
    q.finish();
    return count;
}

Result<Person> PersonRepository::get(const QString& id) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM persons WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("person"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("person %1").arg(id));
    Person person = personFrom(q);
    q.finish();
    return person;
}

Result<QString> PersonRepository::findByNumber(const QString& column, const QString& number,
                                               const QString& exceptId) const
{
    if (column != QLatin1String("national_number") && column != QLatin1String("company_number"))
        return makeError(ErrorCode::Usage, column);
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT id FROM persons WHERE %1 = ? AND id <> ? "
                                                "AND deleted = 0 LIMIT 1").arg(column));
    q.addBindValue(number);
    q.addBindValue(exceptId.isNull() ? QStringLiteral("") : exceptId); // NULL would match nothing
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("person by number"));
    const QString found = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return found;
}

} // namespace regie
