#pragma once

#include "GasService.h"

#include <QJsonObject>

namespace regie::GasJson {

// JSON forms used by `regie-cli gas` (and later by exports). Dates are ISO, absent ones null.
QJsonObject dossier(const GasDossier& dossier);
QJsonObject event(const GasEvent& event);
QJsonObject payment(const GasPayment& payment);
QJsonObject offence(const Offence& offence);
QJsonObject outcome(const GasOutcome& outcome);
// The dossier with events, payments, state, the legal clock (deadlines with derivations,
// violations), flags and the payment status.
QJsonObject view(const GasDossierView& view);

} // namespace regie::GasJson
