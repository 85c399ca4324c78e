#include "LetterJson.h"

#include <QJsonArray>

namespace regie::LetterJson {

using namespace Qt::StringLiterals;

namespace {
QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject letter(const Letter& l, bool withData)
{
    QJsonObject o{{u"id"_s, l.id},
                  {u"dossierKind"_s, l.dossierKind},
                  {u"dossierId"_s, l.dossierId},
                  {u"dossierNumber"_s, l.dossierNumber},
                  {u"template"_s, l.templateId},
                  {u"templateVersion"_s, l.templateVersion},
                  {u"pdfSha256"_s, l.pdfBlobId},
                  {u"created"_s, l.created.toString(Qt::ISODate)},
                  {u"registered"_s, l.registered},
                  {u"posted"_s, date(l.postedDate)},
                  {u"tracking"_s, text(l.tracking)},
                  {u"received"_s, date(l.receivedDate)},
                  {u"returned"_s, text(l.returnedReason)},
                  {u"returnedDate"_s, date(l.returnedDate)},
                  {u"notified"_s, date(l.notifiedDate)},
                  {u"notifiedDerivation"_s, text(l.notifiedHow)}};
    if (withData)
        o.insert(u"data"_s, l.data);
    return o;
}

QJsonObject templateEntry(const LetterTemplate& t)
{
    return {{u"id"_s, t.id},
            {u"version"_s, t.version},
            {u"title"_s, t.title},
            {u"kinds"_s, QJsonArray::fromStringList(t.kinds)},
            {u"registered"_s, t.registered},
            {u"notifies"_s, text(t.notifies)}};
}

} // namespace regie::LetterJson
