#pragma once

#include "Letter.h"
#include "LetterCatalogue.h"
#include "LetterFiller.h"
#include "LetterRepository.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace regie {

class BlobStore;
class Clock;
class Database;
class GasService;
class LetterRenderer;
class MeasureService;
class WritePath;

// What to write: a dossier (number or id of a GAS dossier or a measure), a template (the newest
// version) and values the dossier does not hold (e.g. hearingTime), which may not replace a
// value that comes from the dossier.
struct LetterRequest
{
    QString dossier;
    QString templateId;
    QJsonObject extra;
};

struct LetterOutcome
{
    Letter letter;
    QStringList warnings;
};

// Letters from templates and the registered-letter register (domain-rules.md §1-§4).
// make() fills the template from the dossier, renders the PDF and stores it as a blob with the
// template version and the data used, in one change set; reprint() returns the stored bytes.
// The register (post, receipt, returned; LetterRegister.cpp) derives the notification date and
// records it on the dossier's legal clock: posting a start letter records start-letter-posted,
// its receipt start-letter-received, the receipt of a decision letter decision-received, so the
// GAS terms run from the proven notification date. Refusals are RuleViolation with the rule
// as field and "<rule>: <message>" as detail; nothing is written then.
class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)

public:
    LetterService(Database& db, WritePath& writes, const Clock& clock, GasService& gas,
                  MeasureService& measures, LetterCatalogue catalogue);

    const LetterCatalogue& catalogue() const { return m_catalogue; }
    const LetterRepository& repository() const { return m_repo; }

    // The filled letter without storing anything (for a preview).
    Result<FilledLetter> preview(const LetterRequest& request) const;
    Result<LetterOutcome> make(const LetterRequest& request, const LetterRenderer& renderer);
    // The stored PDF, byte for byte.
    Result<QByteArray> reprint(const QString& letterId) const;
    // Renders the stored data with the stored template version again (a check of the archive).
    Result<QByteArray> rerender(const QString& letterId, const LetterRenderer& renderer) const;
    // Letters of a dossier given by number or id.
    Result<QVector<Letter>> list(const QString& dossier) const;

    // The register.
    Result<LetterOutcome> post(const QString& letterId, const QDate& posted,
                               const QString& tracking);
    Result<LetterOutcome> receipt(const QString& letterId, const QDate& received);
    Result<LetterOutcome> returned(const QString& letterId, const QString& reason,
                                   const QDate& date);

private:
    struct Dossier
    {
        QString kind; // gas | measure | holder-sanction | certificate
        QString id;
        QString number;
        QString paymentStatus; // GAS: none | open | partial | paid | overdue
        QJsonObject data;
    };
    Result<Dossier> resolve(const QString& dossier) const;
    Result<Dossier> dossierData(const QString& dossier) const;
    Result<FilledLetter> fill(const LetterRequest& request, const LetterTemplate& letterTemplate,
                              const Dossier& dossier) const;
    Result<LetterTemplate> templateFor(const Letter& letter) const;
    Result<void> recordOnClock(const Letter& letter, const QString& type, const QDate& date,
                               QStringList& warnings);
    Result<Letter> saveRegister(const Letter& letter, const QString& action);
    Result<Letter> registeredLetter(const QString& letterId) const;

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
    GasService& m_gas;
    MeasureService& m_measures;
    LetterCatalogue m_catalogue;
    LetterRepository m_repo;
};

} // namespace regie
