#pragma once

#include <QDate>
#include <QString>

namespace regie {

// A natural person (identified by national-register or BIS number) or a legal person
// (identified by company number). Only what a dossier needs: no phone, no e-mail.
struct Person
{
    enum class Kind { Natural, Legal };

    QString id;
    Kind kind = Kind::Natural;
    QString familyName;
    QString givenNames;
    QDate birthDate;
    QString nationalNumber; // 11 digits, national register or BIS; empty when unknown
    QString legalName;
    QString legalForm;
    QString companyNumber; // 10 digits; empty when unknown
    QString address;
    QString notes;

    // "Peeters, Jan" or "Ghapro vzw".
    QString displayName() const;
    bool operator==(const Person&) const = default;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind* kind);
};

} // namespace regie
