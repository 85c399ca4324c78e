#include "InspectionService.h"

#include "ImageSniffer.h"
#include "common/Clock.h"
#include "storage/Database.h"

namespace regie {

namespace {

const QStringList& results()
{
    static const QStringList names{QStringLiteral("conform"), QStringLiteral("not-conform"),
                                   QStringLiteral("na")};
    return names;
}

Result<QString> applied(WritePath& writes, const ChangeSet& cs, const QString& id)
{
    if (auto done = writes.apply(cs); !done.ok())
        return done.error();
    return id;
}

Result<bool> rowExists(Database& db, const QString& sql, const QStringList& values)
{
    QSqlQuery& q = db.prepared(sql);
    for (const QString& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("lookup"));
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace

Result<void> InspectionService::checkNewInspection(const NewInspection& in) const
{
    if (in.kind != QLatin1String("proactive") && in.kind != QLatin1String("reactive"))
        return makeError(ErrorCode::Validation, tr("%1 is not proactive|reactive").arg(in.kind),
                         QStringLiteral("kind"));
    if (!in.date.isValid())
        return makeError(ErrorCode::Validation, tr("date missing"), QStringLiteral("date"));
    if (in.date > m_clock.today())
        return makeError(
            ErrorCode::Validation,
            tr("inspection date %1 lies in the future (today is %2)")
                .arg(in.date.toString(Qt::ISODate), m_clock.today().toString(Qt::ISODate)),
            QStringLiteral("date"));
    auto premises = rowExists(
        m_db, QStringLiteral("SELECT 1 FROM premises WHERE id = ? AND deleted = 0"),
        {in.premisesId});
    if (!premises.ok())
        return premises.error();
    if (!premises.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("premises %1").arg(in.premisesId),
                         QStringLiteral("premises"));
    if (in.certificateId.isEmpty())
        return {};
    auto certificate = rowExists(m_db, QStringLiteral("SELECT 1 FROM certificates WHERE id = ? "
                                                      "AND premises_id = ? AND deleted = 0"),
                                 {in.certificateId, in.premisesId});
    if (!certificate.ok())
        return certificate.error();
    if (!certificate.value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("certificate %1 of this premises").arg(in.certificateId),
                         QStringLiteral("certificate"));
    return {};
}

Result<QString> InspectionService::add(const NewInspection& in)
{
    if (auto ok = checkNewInspection(in); !ok.ok())
        return ok.error();
    auto checklist = m_templates.forDate(ChecklistTemplates::defaultCode(), in.date);
    if (!checklist.ok())
        return checklist.error();
    ChangeSet cs(QStringLiteral("inspection.add"));
    const QString templateId = m_templates.ensureStored(checklist.value(), cs);
    const QString id = cs.create(
        QStringLiteral("inspections"),
        {{QStringLiteral("premises_id"), in.premisesId},
         {QStringLiteral("certificate_id"),
          in.certificateId.isEmpty() ? QVariant() : QVariant(in.certificateId)},
         {QStringLiteral("kind"), in.kind},
         {QStringLiteral("inspection_date"), in.date},
         {QStringLiteral("inspector"), in.inspector.trimmed()},
         {QStringLiteral("template_id"), templateId},
         {QStringLiteral("template_code"), checklist->code},
         {QStringLiteral("template_version"), checklist->version}});
    return applied(m_writes, cs, id);
}

Result<Inspection> InspectionService::openInspection(const QString& id, bool mustBeOpen) const
{
    auto inspection = m_repo.find(id);
    if (!inspection.ok())
        return inspection.error();
    if (mustBeOpen && inspection->isFinal())
        return makeError(ErrorCode::RuleViolation,
                         tr("inspection %1 is finalised: correct it with an amendment "
                            "and its reason")
                             .arg(id),
                         QStringLiteral("inspection"));
    if (!mustBeOpen && !inspection->isFinal())
        return makeError(ErrorCode::RuleViolation,
                         tr("inspection %1 is still open: answer again instead of "
                            "amending")
                             .arg(id),
                         QStringLiteral("inspection"));
    return inspection;
}

Result<void> InspectionService::checkWindow(const QString& premisesId, const QString& window) const
{
    if (window.isEmpty())
        return {};
    auto found = rowExists(m_db,
                           QStringLiteral("SELECT 1 FROM windows WHERE premises_id = ? AND "
                                          "number = ? AND deleted = 0"),
                           {premisesId, window});
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::Validation,
                         tr("window %1 does not exist in this premises").arg(window),
                         QStringLiteral("window"));
    return {};
}

Result<void> InspectionService::checkAnswer(const Inspection& inspection,
                                            const Answer& answer) const
{
    if (!results().contains(answer.result))
        return makeError(
            ErrorCode::Validation,
            tr("%1 is not one of %2").arg(answer.result, results().join(QLatin1Char('|'))),
            QStringLiteral("result"));
    auto checklist = m_templates.byId(inspection.templateId);
    if (!checklist.ok())
        return checklist.error();
    if (!checklist->item(answer.itemCode))
        return makeError(ErrorCode::Validation,
                         tr("item %1 is not on checklist %2 version %3")
                             .arg(answer.itemCode, checklist->code)
                             .arg(checklist->version),
                         QStringLiteral("item"));
    return checkWindow(inspection.premisesId, answer.windowNumber);
}

Result<QString> InspectionService::answer(const QString& inspectionId, const Answer& answer)
{
    auto inspection = openInspection(inspectionId, true);
    if (!inspection.ok())
        return inspection.error();
    if (auto ok = checkAnswer(inspection.value(), answer); !ok.ok())
        return ok.error();
    ChangeSet cs(QStringLiteral("inspection.answer"));
    const QVariantMap fields{{QStringLiteral("result"), answer.result},
                             {QStringLiteral("remark"), answer.remark},
                             {QStringLiteral("answered_at"), m_clock.now()}};
    if (const InspectionAnswer* given = inspection->answer(answer.itemCode, answer.windowNumber)) {
        cs.set(QStringLiteral("inspection_answers"), given->id, fields);
        return applied(m_writes, cs, given->id);
    }
    QVariantMap created = fields;
    created.insert(QStringLiteral("inspection_id"), inspectionId);
    created.insert(QStringLiteral("item_code"), answer.itemCode);
    created.insert(QStringLiteral("window_number"), answer.windowNumber);
    const QString id = cs.create(QStringLiteral("inspection_answers"), created);
    return applied(m_writes, cs, id);
}

Result<QString> InspectionService::addPhoto(const QString& inspectionId, const QString& itemCode,
                                            const QByteArray& bytes, const QString& fileName)
{
    auto inspection = openInspection(inspectionId, true);
    if (!inspection.ok())
        return inspection.error();
    if (auto ok = checkAnswer(inspection.value(), {itemCode, {}, QStringLiteral("na"), {}});
        !ok.ok())
        return ok.error();
    const QString mediaType = ImageSniffer::mediaType(bytes);
    if (mediaType.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("%1 is not an image (JPEG, PNG, GIF, WebP, HEIC, TIFF or "
                            "BMP)")
                             .arg(fileName),
                         QStringLiteral("photo"));
    if (bytes.size() > m_photoMaxBytes)
        return makeError(ErrorCode::Validation,
                         tr("%1 is %2 bytes, larger than the limit of %3 bytes")
                             .arg(fileName)
                             .arg(bytes.size())
                             .arg(m_photoMaxBytes),
                         QStringLiteral("photo"));
    ChangeSet cs(QStringLiteral("inspection.photo"));
    auto blobId = m_blobs.put(bytes, mediaType, cs);
    if (!blobId.ok())
        return blobId.error();
    const QString id = cs.create(QStringLiteral("inspection_photos"),
                                 {{QStringLiteral("inspection_id"), inspectionId},
                                  {QStringLiteral("item_code"), itemCode},
                                  {QStringLiteral("blob_id"), blobId.value()},
                                  {QStringLiteral("file_name"), fileName},
                                  {QStringLiteral("added_at"), m_clock.now()}});
    return applied(m_writes, cs, id);
}

Result<Receipt> InspectionService::finalise(const QString& inspectionId)
{
    auto inspection = openInspection(inspectionId, true);
    if (!inspection.ok())
        return inspection.error();
    auto checklist = m_templates.byId(inspection->templateId);
    if (!checklist.ok())
        return checklist.error();
    QStringList unanswered;
    for (const ChecklistTemplate::Item& item : checklist->items) {
        bool found = false;
        for (const InspectionAnswer& a : inspection->answers)
            found = found || a.itemCode == item.code;
        if (!found)
            unanswered << item.code;
    }
    if (!unanswered.isEmpty())
        return makeError(ErrorCode::RuleViolation,
                         tr("items not answered: %1").arg(unanswered.join(QStringLiteral(", "))),
                         QStringLiteral("items"));
    ChangeSet cs(QStringLiteral("inspection.finalise"));
    cs.set(QStringLiteral("inspections"), inspectionId, QStringLiteral("finalised_at"),
           m_clock.now());
    return m_writes.apply(cs);
}

Result<QString> InspectionService::amend(const QString& inspectionId, const Answer& answer,
                                         const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("an amendment needs a reason"),
                         QStringLiteral("reason"));
    auto inspection = openInspection(inspectionId, false);
    if (!inspection.ok())
        return inspection.error();
    if (auto ok = checkAnswer(inspection.value(), answer); !ok.ok())
        return ok.error();
    const InspectionAnswer* given = inspection->answer(answer.itemCode, answer.windowNumber);
    ChangeSet cs(QStringLiteral("inspection.amend"));
    QString answerId = given ? given->id : QString();
    if (!given) // an item answered for other windows only: the amendment adds this one
        answerId = cs.create(QStringLiteral("inspection_answers"),
                             {{QStringLiteral("inspection_id"), inspectionId},
                              {QStringLiteral("item_code"), answer.itemCode},
                              {QStringLiteral("window_number"), answer.windowNumber},
                              {QStringLiteral("result"), QStringLiteral("na")},
                              {QStringLiteral("answered_at"), m_clock.now()}});
    const QString id = cs.create(QStringLiteral("inspection_amendments"),
                                 {{QStringLiteral("inspection_id"), inspectionId},
                                  {QStringLiteral("answer_id"), answerId},
                                  {QStringLiteral("result"), answer.result},
                                  {QStringLiteral("remark"), answer.remark},
                                  {QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("amended_at"), m_clock.now()}});
    return applied(m_writes, cs, id);
}

Result<QString> InspectionService::draftFinding(const QString& inspectionId,
                                                const QString& itemCode,
                                                const QString& windowNumber,
                                                const QString& description)
{
    auto inspection = m_repo.find(inspectionId);
    if (!inspection.ok())
        return inspection.error();
    const InspectionAnswer* given = inspection->answer(itemCode, windowNumber);
    if (!given || given->effectiveResult() != QLatin1String("not-conform"))
        return makeError(ErrorCode::RuleViolation,
                         tr("item %1 is not answered not-conform").arg(itemCode),
                         QStringLiteral("item"));
    for (const Finding& f : inspection->findings) {
        if (f.itemCode == itemCode && f.windowNumber == windowNumber)
            return f.id; // one finding per item and window
    }
    ChangeSet cs(QStringLiteral("inspection.finding"));
    const QString id = cs.create(QStringLiteral("findings"),
                                 {{QStringLiteral("inspection_id"), inspectionId},
                                  {QStringLiteral("premises_id"), inspection->premisesId},
                                  {QStringLiteral("item_code"), itemCode},
                                  {QStringLiteral("window_number"), windowNumber},
                                  {QStringLiteral("description"), description},
                                  {QStringLiteral("status"), QStringLiteral("draft")}});
    return applied(m_writes, cs, id);
}

} // namespace regie
