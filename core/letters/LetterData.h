#pragma once

#include "certificates/Certificate.h"
#include "common/Result.h"
#include "measures/MeasureService.h"
#include "procedures/GasService.h"
#include "procedures/Offence.h"
#include "sanctions/HolderSanction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace regie {

class Database;

// The values a letter is filled with, read from a dossier: the letterhead, the addressee, the
// facts, the amounts and the terms of the rule set valid on the date of facts. Dates are
// written the Dutch way ("21 april 2026"), amounts as "150,00 euro", the payment reference as
// +++123/4567/89012+++. A value the dossier does not have yet (a decision, a hearing date) is
// left out, so a template that needs it is refused by name.
class LetterData
{
    Q_DECLARE_TR_FUNCTIONS(LetterData)

public:
    explicit LetterData(Database& db) : m_db(db) {}

    Result<QJsonObject> forGas(const GasDossierView& view, const RuleBook& rules,
                               const Offence& offence) const;
    Result<QJsonObject> forMeasure(const MeasureView& view) const;
    // LetterDataFieldwork.cpp: addressed to the premises' main holder.
    Result<QJsonObject> forHolderSanction(const HolderSanction& dossier,
                                          const HolderSanctionState& state) const;
    Result<QJsonObject> forCertificate(const CertificateDossier& dossier,
                                       const QDate& renewalDue, const QDate& today) const;

    static QString dutchDate(const QDate& date);
    static QString euro(double amount);

private:
    Result<void> addPerson(const QString& personId, QJsonObject& data) const;
    Result<void> addMainHolder(const QString& premisesId, const QDate& date,
                               QJsonObject& data) const;

    Database& m_db;
};

} // namespace regie
