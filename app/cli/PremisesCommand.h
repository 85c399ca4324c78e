#pragma once

#include "CliEnv.h"

#include "inspections/CertificateServices.h"

#include <memory>

namespace regie::cli {

// regie-cli premises add --street S --number N --windows K [--box B] [--parcel P] [--json]
// regie-cli premises list [--json]
// regie-cli premises show ID [--json]
// regie-cli premises holder ID --person PERSON --role main-holder|holder|manager
//                           --from YYYY-MM-DD [--until YYYY-MM-DD] [--json]
// regie-cli premises parcel ID --parcel P
int runPremises(CliEnv& env, QStringList args);

// Shared by the premises, certificate, inspection and planner commands: the certificate
// feature's services on the command's database (null after printing the reason).
std::unique_ptr<CertificateServices> openCertificateServices(CliEnv& env);
// An ISO date from an option value; a null text gives an invalid date and true. On a malformed
// date prints the reason and returns false.
bool parseDateOption(CliEnv& env, const QString& text, const QString& option, QDate* date);

} // namespace regie::cli
