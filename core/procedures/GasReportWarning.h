#pragma once

#include <QCoreApplication>
#include <QString>

namespace regie {

struct GasDossier;

// The police-report-number warning of a GAS dossier, shown in the user's language.
//
// At intake a police report number that does not look like XX.99.X9.99999/99 is kept as
// entered and flagged: `gas_dossiers.report_warning` stores the English detail of the check
// (PoliceReportNumber, rule "pv.pattern"), e.g. "'PV 12345' does not look like
// XX.99.X9.99999/99 (district . category . service . sequence / year)". That column is synced
// and stays as it is; it is the only sentence core writes there, so a non-empty value means
// rule pv.pattern and its one parameter, the number, is read back from it. Without a
// translator the text shown is the text stored (regie-cli, the tests).
class GasReportWarning
{
    Q_DECLARE_TR_FUNCTIONS(GasReportWarning)

public:
    static QString ruleId();
    // The number quoted in a stored warning; empty when the text is not one we wrote.
    static QString numberIn(const QString& stored);
    // The sentence for a number that does not have the usual form.
    static QString sentence(const QString& number);
    // The dossier's warning in the user's language; empty when it has none. A stored text of
    // another shape is shown as stored.
    static QString text(const GasDossier& dossier);
};

} // namespace regie
