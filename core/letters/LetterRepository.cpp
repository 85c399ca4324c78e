#include "LetterRepository.h"

#include "storage/Database.h"

#include <QJsonDocument>

namespace regie {

using namespace Qt::StringLiterals;

namespace {

const QString kColumns =
    u"id, dossier_kind, dossier_id, dossier_number, template_id, template_version, data_json, "
    "pdf_blob_id, created, registered, posted_date, tracking, received_date, returned_reason, "
    "returned_date, notified_date, notified_how"_s;

QDate dateAt(const QSqlQuery& q, int column)
{
    return QDate::fromString(q.value(column).toString(), Qt::ISODate);
}

Letter readRow(const QSqlQuery& q)
{
    Letter l;
    l.id = q.value(0).toString();
    l.dossierKind = q.value(1).toString();
    l.dossierId = q.value(2).toString();
    l.dossierNumber = q.value(3).toString();
    l.templateId = q.value(4).toString();
    l.templateVersion = q.value(5).toInt();
    l.data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    l.pdfBlobId = q.value(7).toString();
    l.created = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    l.registered = q.value(9).toInt() != 0;
    l.postedDate = dateAt(q, 10);
    l.tracking = q.value(11).toString();
    l.receivedDate = dateAt(q, 12);
    l.returnedReason = q.value(13).toString();
    l.returnedDate = dateAt(q, 14);
    l.notifiedDate = dateAt(q, 15);
    l.notifiedHow = q.value(16).toString();
    return l;
}

} // namespace

Result<Letter> LetterRepository::get(const QString& id) const
{
    QSqlQuery& q = m_db.prepared(u"SELECT %1 FROM letters WHERE id = ? AND deleted = 0"_s.arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Database::errorOf(q, u"letters"_s);
    if (!q.next())
        return makeError(ErrorCode::NotFound, u"no letter %1"_s.arg(id), u"letter"_s);
    Letter letter = readRow(q);
    q.finish();
    return letter;
}

Result<QVector<Letter>> LetterRepository::forDossier(const QString& dossierId) const
{
    QSqlQuery& q = m_db.prepared(
        u"SELECT %1 FROM letters WHERE dossier_id = ? AND deleted = 0 ORDER BY created, id"_s.arg(
            kColumns));
    q.addBindValue(dossierId);
    if (!q.exec())
        return Database::errorOf(q, u"letters"_s);
    QVector<Letter> letters;
    while (q.next())
        letters.append(readRow(q));
    return letters;
}

Result<QVector<Letter>> LetterRepository::posted(const QDate& from, const QDate& to) const
{
    QSqlQuery& q = m_db.prepared(
        u"SELECT %1 FROM letters WHERE deleted = 0 AND posted_date >= ? AND posted_date <= ? "
        "ORDER BY posted_date, dossier_number, id"_s.arg(kColumns));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorOf(q, u"letters"_s);
    QVector<Letter> letters;
    while (q.next())
        letters.append(readRow(q));
    return letters;
}

} // namespace regie
