#include "LetterService.h"

#include "LetterData.h"
#include "LetterRenderer.h"
#include "LetterSettings.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "identifiers/BelgianIban.h"
#include "certificates/CertificateRepository.h"
#include "certificates/CertificateRuleBook.h"
#include "inspections/BlobStore.h"
#include "sanctions/HolderSanctionRepository.h"
#include "measures/MeasureService.h"
#include "procedures/GasService.h"
#include "storage/ChangeSet.h"
#include "storage/WritePath.h"

#include <QJsonDocument>

namespace regie {

using namespace Qt::StringLiterals;

LetterService::LetterService(Database& db, WritePath& writes, const Clock& clock, GasService& gas,
                             MeasureService& measures, LetterCatalogue catalogue)
    : m_db(db), m_writes(writes), m_clock(clock), m_gas(gas), m_measures(measures),
      m_catalogue(std::move(catalogue)), m_repo(db)
{
}

Result<LetterService::Dossier> LetterService::resolve(const QString& dossier) const
{
    if (dossier.startsWith(u"HS/"_s)) {
        auto sanction = HolderSanctionRepository(m_db).find(dossier);
        if (!sanction.ok())
            return sanction.error();
        return Dossier{u"holder-sanction"_s, sanction->id, sanction->number, {}, {}};
    }
    if (auto certificate = CertificateRepository(m_db).find(dossier); certificate.ok())
        return Dossier{u"certificate"_s, certificate->id,
                       u"GV/%1/%2"_s.arg(certificate->applicationDate.year())
                           .arg(certificate->id.left(8).toUpper()),
                       {}, {}};
    const bool measureNumber = dossier.startsWith(u"MB/"_s);
    if (!measureNumber) {
        auto gas = m_gas.repository().get(dossier);
        if (gas.ok())
            return Dossier{u"gas"_s, gas->id, gas->number, {}, {}};
        if (dossier.startsWith(u"GAS/"_s) || gas.error().code != ErrorCode::NotFound)
            return gas.error();
    }
    auto measure = m_measures.repository().get(dossier);
    if (measure.ok())
        return Dossier{u"measure"_s, measure->id, measure->number, {}, {}};
    if (measure.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         u"no GAS dossier or measure '%1'"_s.arg(dossier), u"dossier"_s);
    return measure.error();
}

Result<LetterService::Dossier> LetterService::dossierData(const QString& dossier) const
{
    auto found = resolve(dossier);
    if (!found.ok())
        return found.error();
    Dossier d = *found;
    Result<QJsonObject> data = QJsonObject();
    if (d.kind == u"holder-sanction"_s) {
        auto sanction = HolderSanctionRepository(m_db).find(d.id);
        if (!sanction.ok())
            return sanction.error();
        auto rules = m_gas.rules().forProcedure(ProcedureKind::CertificateSanction, m_clock.today());
        int appealDays = 60;
        if (rules.ok()) {
            if (auto days = rules->integer(u"councilOfStateAppealDays"_s); days.ok())
                appealDays = days.value();
        }
        data = LetterData(m_db).forHolderSanction(*sanction,
                                                  HolderSanctionState::of(*sanction, appealDays));
    } else if (d.kind == u"certificate"_s) {
        auto certificate = CertificateRepository(m_db).find(d.id);
        if (!certificate.ok())
            return certificate.error();
        QDate renewalDue;
        const CertificateEvent* decision = certificate->decision();
        if (auto book = CertificateRuleBook::loadDefault(); book.ok() && decision &&
                                                            decision->validUntil.isValid())
            renewalDue = book->forDate(certificate->applicationDate)
                             .renewalDueFor(decision->validUntil);
        data = LetterData(m_db).forCertificate(*certificate, renewalDue, m_clock.today());
    } else if (d.kind == u"gas"_s) {
        auto view = m_gas.view(d.id);
        if (!view.ok())
            return view.error();
        auto offence = m_gas.offences().byId(view->dossier.offenceId);
        if (!offence.ok())
            return offence.error();
        data = LetterData(m_db).forGas(*view, m_gas.rules(), *offence);
        d.paymentStatus = GasService::paymentStatus(view->dossier, m_clock.today());
    } else {
        auto view = m_measures.view(d.id);
        if (!view.ok())
            return view.error();
        data = LetterData(m_db).forMeasure(*view);
    }
    if (!data.ok())
        return data.error();
    auto letterhead = LetterSettings(m_db, m_writes).values();
    if (!letterhead.ok())
        return letterhead.error();
    d.data = *data;
    for (auto it = letterhead->begin(); it != letterhead->end(); ++it)
        d.data.insert(it.key(), it.value());
    d.data.insert(u"cityIban"_s, BelgianIban::format(letterhead->value(u"cityIban"_s).toString()));
    d.data.insert(u"letterDate"_s, LetterData::dutchDate(m_clock.today()));
    return d;
}

Result<FilledLetter> LetterService::fill(const LetterRequest& request,
                                         const LetterTemplate& letterTemplate,
                                         const Dossier& dossier) const
{
    if (!letterTemplate.kinds.contains(dossier.kind))
        return makeError(ErrorCode::Validation,
                         tr("template %1 is for %2 dossiers, %3 is a %4 dossier")
                             .arg(letterTemplate.id, letterTemplate.kinds.join(u", "_s),
                                  dossier.number, dossier.kind),
                         u"template"_s);
    if (letterTemplate.precondition == u"payment-overdue"_s && dossier.paymentStatus != u"overdue"_s)
        return GasService::refusal(
            u"payment-not-overdue"_s,
            tr("%1 is a reminder after the payment term; the payment of %2 is %3")
                .arg(letterTemplate.id, dossier.number,
                     dossier.paymentStatus.isEmpty() ? tr("not applicable")
                                                     : dossier.paymentStatus));
    QJsonObject data = dossier.data;
    for (auto it = request.extra.begin(); it != request.extra.end(); ++it) {
        if (data.contains(it.key()))
            return makeError(
                ErrorCode::Validation,
                tr("%1 comes from the dossier or the letterhead and cannot be set").arg(it.key()),
                it.key());
        data.insert(it.key(), it.value());
    }
    data.insert(u"registered"_s, letterTemplate.registered);
    return LetterFiller::fill(letterTemplate.html, data);
}

Result<FilledLetter> LetterService::preview(const LetterRequest& request) const
{
    auto letterTemplate = m_catalogue.find(request.templateId);
    if (!letterTemplate.ok())
        return letterTemplate.error();
    auto dossier = dossierData(request.dossier);
    if (!dossier.ok())
        return dossier.error();
    return fill(request, *letterTemplate, *dossier);
}

Result<LetterOutcome> LetterService::make(const LetterRequest& request,
                                          const LetterRenderer& renderer)
{
    auto letterTemplate = m_catalogue.find(request.templateId);
    if (!letterTemplate.ok())
        return letterTemplate.error();
    auto dossier = dossierData(request.dossier);
    if (!dossier.ok())
        return dossier.error();
    auto filled = fill(request, *letterTemplate, *dossier);
    if (!filled.ok())
        return filled.error();
    Letter letter;
    letter.id = newId();
    letter.created = m_clock.now().toUTC();
    auto pdf = renderer.render(filled->html, letterTemplate->title + u' ' + dossier->number,
                               letter.created.date());
    if (!pdf.ok())
        return pdf.error();
    ChangeSet changes(u"letter: %1 for %2"_s.arg(letterTemplate->id, dossier->number));
    auto blob = BlobStore(m_db).put(*pdf, u"application/pdf"_s, changes);
    if (!blob.ok())
        return blob.error();
    letter.dossierKind = dossier->kind;
    letter.dossierId = dossier->id;
    letter.dossierNumber = dossier->number;
    letter.templateId = letterTemplate->id;
    letter.templateVersion = letterTemplate->version;
    letter.data = filled->used;
    letter.pdfBlobId = *blob;
    letter.registered = letterTemplate->registered;
    changes.create(
        u"letters"_s, letter.id,
        {{u"dossier_kind"_s, letter.dossierKind},
         {u"dossier_id"_s, letter.dossierId},
         {u"dossier_number"_s, letter.dossierNumber},
         {u"template_id"_s, letter.templateId},
         {u"template_version"_s, letter.templateVersion},
         {u"data_json"_s,
          QString::fromUtf8(QJsonDocument(letter.data).toJson(QJsonDocument::Compact))},
         {u"pdf_blob_id"_s, letter.pdfBlobId},
         {u"created"_s, letter.created.toString(Qt::ISODateWithMs)},
         {u"registered"_s, letter.registered}});
    if (auto applied = m_writes.apply(changes); !applied.ok())
        return applied.error();
    return LetterOutcome{letter, {}};
}

Result<QByteArray> LetterService::reprint(const QString& letterId) const
{
    auto letter = m_repo.get(letterId);
    if (!letter.ok())
        return letter.error();
    return BlobStore(m_db).get(letter->pdfBlobId);
}

Result<LetterTemplate> LetterService::templateFor(const Letter& letter) const
{
    return m_catalogue.find(letter.templateId, letter.templateVersion);
}

Result<QByteArray> LetterService::rerender(const QString& letterId,
                                           const LetterRenderer& renderer) const
{
    auto letter = m_repo.get(letterId);
    if (!letter.ok())
        return letter.error();
    auto letterTemplate = templateFor(*letter);
    if (!letterTemplate.ok())
        return letterTemplate.error();
    auto filled = LetterFiller::fill(letterTemplate->html, letter->data);
    if (!filled.ok())
        return filled.error();
    return renderer.render(filled->html, letterTemplate->title + u' ' + letter->dossierNumber,
                           letter->created.date());
}

Result<QVector<Letter>> LetterService::list(const QString& dossier) const
{
    auto found = resolve(dossier);
    if (!found.ok())
        return found.error();
    return m_repo.forDossier(found->id);
}

} // namespace regie
