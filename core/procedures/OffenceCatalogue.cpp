#include "OffenceCatalogue.h"

#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QSet>
#include <QUuid>

namespace regie {

namespace {

const QString kColumns =
    QStringLiteral("id, code, article, description, offender_role, active FROM offences");

Offence offenceFrom(const QSqlQuery& q)
{
    return Offence{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0};
}

QVariantMap fieldsOf(const Offence& o)
{
    return {{QStringLiteral("code"), o.code},
            {QStringLiteral("article"), o.article},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("offender_role"), o.offenderRole},
            {QStringLiteral("active"), o.active}};
}

} // namespace

// Seed data (user data once created): the prostitution-enforcement offences the legal staff use
// most. The article references of the Antwerp police code are to be confirmed by the city
// (domain-facts.md: the politiecodex is amended several times a year), so they are editable.
QVector<Offence> OffenceCatalogue::defaults()
{
    const auto make = [](const char* code, const char* article, const char* description,
                         const char* role) {
        return Offence{
            defaultId(QLatin1String(code)), QLatin1String(code), QString::fromUtf8(article),
            QString::fromUtf8(description), QLatin1String(role), true};
    };
    return {
        make("SOLICIT-OUTSIDE-ZONE", "Politiecodex Antwerpen, prostitutie (art. te bevestigen)",
             "Tippelen of klanten ronselen buiten de gedoogzone", "sex-worker"),
        make("CLIENT-SOLICITING", "Politiecodex Antwerpen, prostitutie (art. te bevestigen)",
             "Klant die voorbijgangers aanspreekt of prostituees ronselt op de openbare weg",
             "client"),
        make("WINDOW-NOT-REGISTERED",
             "Politiecodex Antwerpen, raamprostitutie (art. te bevestigen)",
             "Raamprostituee niet (tijdig) vooraf geregistreerd in de pandkalender", "sex-worker"),
        make("NO-FITNESS-CERTIFICATE",
             "Politiecodex Antwerpen, geschiktheidsverklaring (art. te bevestigen)",
             "Uitbating van een prostitutiepand zonder geldige geschiktheidsverklaring",
             "operator"),
        make("UNSAFE-SEX-PROMOTION", "Politiecodex Antwerpen, prostitutie (art. te bevestigen)",
             "Aanbieden of promoten van onveilige seks", "other"),
        make("PLACE-BAN-BREACH", "Nieuwe Gemeentewet, art. 134sexies",
             "Overtreding van een plaatsverbod van de burgemeester", "other"),
    };
}

QString OffenceCatalogue::defaultId(const QString& code)
{
    static const QUuid ns(QStringLiteral("{3b2a6c1e-8f4d-4b7a-9c55-4f4645454e43}"));
    return QUuid::createUuidV5(ns, QStringLiteral("offence/") + code)
        .toString(QUuid::WithoutBraces);
}

bool OffenceCatalogue::isRole(const QString& role)
{
    return role == QLatin1String("sex-worker") || role == QLatin1String("client") ||
           role == QLatin1String("operator") || role == QLatin1String("other");
}

Result<int> OffenceCatalogue::ensureDefaults()
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT code FROM offences"));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("offences"));
    QSet<QString> present;
    while (q.next())
        present.insert(q.value(0).toString());
    q.finish();
    ChangeSet cs(QStringLiteral("offences.seed"));
    int created = 0;
    for (const Offence& offence : defaults()) {
        if (present.contains(offence.code))
            continue;
        cs.create(QStringLiteral("offences"), offence.id, fieldsOf(offence));
        ++created;
    }
    if (created == 0)
        return 0;
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    return created;
}

Result<QVector<Offence>> OffenceCatalogue::list(bool activeOnly) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" WHERE deleted = 0 AND (? = 0 OR active = 1) "
                                                "ORDER BY code"));
    q.addBindValue(activeOnly ? 1 : 0);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("offences"));
    QVector<Offence> result;
    while (q.next())
        result.push_back(offenceFrom(q));
    return result;
}

Result<Offence> OffenceCatalogue::one(const QString& column, const QString& value) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") +
                                 column + QStringLiteral(" = ? AND deleted = 0"));
    q.addBindValue(value);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("offences"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no offence %1").arg(value),
                         QStringLiteral("offence"));
    return offenceFrom(q);
}

Result<Offence> OffenceCatalogue::byCode(const QString& code) const
{
    return one(QStringLiteral("code"), code.trimmed().toUpper());
}

Result<Offence> OffenceCatalogue::byId(const QString& id) const
{
    return one(QStringLiteral("id"), id);
}

Result<QString> OffenceCatalogue::add(const Offence& offence)
{
    Offence o = offence;
    o.code = o.code.trimmed().toUpper();
    if (o.code.isEmpty())
        return makeError(ErrorCode::Validation, tr("code is empty"), QStringLiteral("code"));
    if (!isRole(o.offenderRole))
        return makeError(ErrorCode::Validation,
                         tr("offender role must be sex-worker, client, operator or "
                            "other"),
                         QStringLiteral("offender_role"));
    if (byCode(o.code).ok())
        return makeError(ErrorCode::Validation, tr("offence %1 exists").arg(o.code),
                         QStringLiteral("code"));
    ChangeSet cs(QStringLiteral("offence.add"));
    const QString id = cs.create(QStringLiteral("offences"), fieldsOf(o));
    if (auto applied = m_writes.apply(cs); !applied.ok())
        return applied.error();
    return id;
}

} // namespace regie
