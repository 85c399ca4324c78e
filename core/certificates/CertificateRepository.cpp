#include "CertificateRepository.h"

#include "storage/Database.h"

namespace regie {

namespace {

// ISO dates as stored by the write path ("2026-11-28"); faster than QDate::fromString, which
// matters when a list reads ten years of events.
QDate dateOf(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return QDate::fromString(text, Qt::ISODate);
    const auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + text.at(i).digitValue();
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// Children are read for every dossier at once; `scope` limits them to the listed dossiers.
QString childQuery(const QString& columns, const QString& table, const QString& order,
                   const QString& filter = {})
{
    return QStringLiteral("SELECT certificate_id, %1 FROM %2 WHERE deleted = 0 AND "
                          "certificate_id IN (SELECT id FROM certificates WHERE deleted = 0 "
                          "AND (? = '' OR id = ? OR premises_id = ?))%4 ORDER BY %3")
        .arg(columns, table, order, filter);
}

} // namespace

Result<CertificateDossier> CertificateRepository::find(const QString& id) const
{
    auto all = list(id);
    if (!all.ok())
        return all.error();
    for (CertificateDossier& dossier : all.value()) {
        if (dossier.id == id)
            return dossier;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("certificate %1").arg(id),
                     QStringLiteral("certificate"));
}

Result<QVector<CertificateDossier>> CertificateRepository::list(const QString& scopeId,
                                                                 Detail detail) const
{
    const QString scope = scopeId.isEmpty() ? QStringLiteral("") : scopeId; // '' binds, null not
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT c.id, c.premises_id, c.kind, c.application_date, coalesce(c.renewal_of, ''), "
        "c.notes, p.street || ' ' || p.number FROM certificates c "
        "JOIN premises p ON p.id = c.premises_id WHERE c.deleted = 0 "
        "AND (? = '' OR c.id = ? OR c.premises_id = ?) ORDER BY c.application_date, c.id"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(scope);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("certificates"));
    QVector<CertificateDossier> dossiers;
    Index index;
    while (q.next()) {
        CertificateDossier d;
        d.id = q.value(0).toString();
        d.premisesId = q.value(1).toString();
        d.kind = q.value(2).toString();
        d.applicationDate = dateOf(q.value(3));
        d.renewalOf = q.value(4).toString();
        d.notes = q.value(5).toString();
        d.premisesAddress = q.value(6).toString();
        index.insert(d.id, dossiers.size());
        dossiers.push_back(d);
    }
    if (dossiers.isEmpty())
        return dossiers;
    if (detail == Detail::Full) {
        for (auto load : {&CertificateRepository::loadDocuments, &CertificateRepository::loadChecks,
                          &CertificateRepository::loadEvents}) {
            if (auto loaded = (this->*load)(dossiers, index, scope); !loaded.ok())
                return loaded.error();
        }
    } else if (auto loaded = loadStatusEvents(dossiers, index, scope); !loaded.ok()) {
        return loaded.error();
    }
    if (auto loaded = loadConditions(dossiers, index, scope); !loaded.ok())
        return loaded.error();
    return dossiers;
}

Result<void> CertificateRepository::loadDocuments(QVector<CertificateDossier>& dossiers,
                                                  const Index& index,
                                                  const QString& scope) const
{
    QSqlQuery& q = m_db.prepared(childQuery(QStringLiteral("id, kind, document_date, reference"),
                                            QStringLiteral("certificate_documents"),
                                            QStringLiteral("document_date, id")));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(scope);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("certificate documents"));
    while (q.next()) {
        const auto at = index.value(q.value(0).toString(), -1);
        if (at >= 0)
            dossiers[at].documents.push_back({q.value(1).toString(), q.value(2).toString(),
                                              dateOf(q.value(3)), q.value(4).toString()});
    }
    return {};
}

Result<void> CertificateRepository::loadChecks(QVector<CertificateDossier>& dossiers,
                                               const Index& index,
                                                  const QString& scope) const
{
    QSqlQuery& q = m_db.prepared(
        childQuery(QStringLiteral("id, kind, check_date, inspector, result, remarks"),
                   QStringLiteral("certificate_checks"), QStringLiteral("check_date, id")));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(scope);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("certificate checks"));
    while (q.next()) {
        const auto at = index.value(q.value(0).toString(), -1);
        if (at < 0)
            continue;
        CertificateCheck check;
        check.id = q.value(1).toString();
        check.kind = q.value(2).toString();
        check.date = dateOf(q.value(3));
        check.inspector = q.value(4).toString();
        check.favourable = q.value(5).toString() == QLatin1String("favourable");
        check.remarks = q.value(6).toString();
        dossiers[at].checks.push_back(check);
    }
    return {};
}

Result<void> CertificateRepository::loadConditions(QVector<CertificateDossier>& dossiers,
                                                   const Index& index,
                                                  const QString& scope) const
{
    QSqlQuery& q = m_db.prepared(childQuery(QStringLiteral("id, text, due_date, met_date"),
                                            QStringLiteral("certificate_conditions"),
                                            QStringLiteral("due_date, id")));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(scope);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("certificate conditions"));
    while (q.next()) {
        const auto at = index.value(q.value(0).toString(), -1);
        if (at >= 0)
            dossiers[at].conditions.push_back({q.value(1).toString(), q.value(2).toString(),
                                               dateOf(q.value(3)), dateOf(q.value(4))});
    }
    return {};
}

Result<void> CertificateRepository::loadEvents(QVector<CertificateDossier>& dossiers,
                                               const Index& index,
                                                  const QString& scope) const
{
    return readEvents(dossiers, index, scope, QString());
}

Result<void> CertificateRepository::loadStatusEvents(QVector<CertificateDossier>& dossiers,
                                                     const Index& index,
                                                     const QString& scope) const
{
    return readEvents(dossiers, index, scope,
                      QStringLiteral(" AND kind IN ('decision', 'suspension', 'withdrawal')"));
}

Result<void> CertificateRepository::readEvents(QVector<CertificateDossier>& dossiers,
                                               const Index& index, const QString& scope,
                                               const QString& kinds) const
{
    QSqlQuery& q = m_db.prepared(childQuery(
        QStringLiteral("id, kind, event_date, end_date, outcome, valid_until, reference, detail"),
        QStringLiteral("certificate_events"), QStringLiteral("event_date, rowid"), kinds));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(scope);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("certificate events"));
    while (q.next()) {
        const auto at = index.value(q.value(0).toString(), -1);
        if (at < 0)
            continue;
        CertificateEvent e;
        e.id = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.date = dateOf(q.value(3));
        e.endDate = dateOf(q.value(4));
        e.outcome = q.value(5).toString();
        e.validUntil = dateOf(q.value(6));
        e.reference = q.value(7).toString();
        e.detail = q.value(8).toString();
        dossiers[at].events.push_back(e);
    }
    return {};
}

Result<QString> CertificateRepository::dossierOfCondition(const QString& conditionId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT certificate_id FROM certificate_conditions WHERE id = ? AND deleted = 0"));
    q.addBindValue(conditionId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("certificate conditions"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("condition %1").arg(conditionId),
                         QStringLiteral("condition"));
    const QString id = q.value(0).toString();
    q.finish();
    return id;
}

} // namespace regie
