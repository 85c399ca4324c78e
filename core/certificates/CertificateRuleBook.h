#pragma once

#include "CertificateRules.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

namespace regie {

// Every certificate rule set, each valid from its date until the next one starts, plus the
// checklist templates shipped with the program (the "checklistTemplates" array of the same file).
class CertificateRuleBook
{
public:
    static QString defaultResourcePath()
    {
        return QStringLiteral(":/regie/rules/certificate-rules.json");
    }
    static Result<CertificateRuleBook> loadDefault();
    // {"format": 1, "ruleSets": [...], "checklistTemplates": [...]}; errors name the element.
    static Result<CertificateRuleBook> fromJson(const QByteArray& json);

    // The set valid on `date`; the oldest set when the date precedes all (never fails once
    // loaded, so a dossier from before Regie's rule data still gets the defaults).
    CertificateRules forDate(const QDate& date) const;
    const QList<CertificateRules>& ruleSets() const { return m_sets; }
    const QJsonArray& checklistTemplates() const { return m_templates; }

private:
    QList<CertificateRules> m_sets; // sorted by validFrom
    QJsonArray m_templates;
};

} // namespace regie
