#include "DossierChecklist.h"

#include "CertificateTexts.h"
#include "certificates/CertificateKinds.h"

namespace regie {

QVector<DossierChecklist::Line> DossierChecklist::documents(const CertificateDossier& dossier,
                                                            const CertificateRules& rules)
{
    QVector<Line> lines;
    for (const QString& kind : CertificateKinds::documentKinds()) {
        Line line;
        line.kind = kind;
        line.label = CertificateTexts::documentKind(kind);
        for (const CertificateDocument& doc : dossier.documents) {
            if (doc.kind == kind && (!line.date.isValid() || doc.date > line.date))
                line.date = doc.date;
        }
        if (!line.date.isValid()) {
            line.problem = tr("%1 is missing").arg(line.label);
        } else if (kind == CertificateKinds::criminalRecord() &&
                   line.date <
                       dossier.applicationDate.addMonths(-rules.criminalRecordMaxAgeMonths)) {
            line.state = State::Stale;
            line.problem = tr("%1 dated %2 is older than %n month(s) on the application date %3",
                              nullptr, rules.criminalRecordMaxAgeMonths)
                               .arg(line.label, CertificateTexts::date(line.date),
                                    CertificateTexts::date(dossier.applicationDate));
        } else {
            line.state = State::Present;
        }
        lines.push_back(line);
    }
    return lines;
}

QVector<DossierChecklist::Line> DossierChecklist::checks(const CertificateDossier& dossier)
{
    QVector<Line> lines;
    for (const QString& kind : CertificateKinds::checkKinds()) {
        Line line;
        line.kind = kind;
        line.label = CertificateTexts::checkKind(kind);
        for (const CertificateCheck& check : dossier.checks) {
            if (check.kind == kind && (!line.date.isValid() || check.date > line.date))
                line.date = check.date;
        }
        line.state = line.date.isValid() ? State::Present : State::Missing;
        if (line.state == State::Missing)
            line.problem = tr("check “%1” not recorded").arg(line.label);
        lines.push_back(line);
    }
    return lines;
}

QStringList DossierChecklist::blockers(const CertificateDossier& dossier,
                                       const CertificateRules& rules)
{
    QStringList problems;
    if (dossier.decision())
        return problems;
    for (const Line& line : documents(dossier, rules)) {
        if (line.state != State::Present)
            problems << line.problem;
    }
    for (const Line& line : checks(dossier)) {
        if (line.state != State::Present)
            problems << line.problem;
    }
    return problems;
}

} // namespace regie
