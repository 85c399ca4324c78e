#pragma once

#include "GasDossier.h"
#include "GasDossierClock.h"

#include <QVariantMap>
#include <optional>

namespace regie::GasFields {

// Stored forms for the write path: an invalid date or an absent amount is NULL.
QVariant dateValue(const QDate& date);
QVariant amountValue(const std::optional<double>& amount);
QString iso(const QDate& date);
QString eur(double amount);

// The columns of gas_dossiers written at intake (all but the derived ones).
QVariantMap dossierFields(const GasDossier& dossier);
// The derived columns (see 0002_procedures.sql).
QVariantMap derivedFields(const GasDossierClock::Derived& derived);

} // namespace regie::GasFields
