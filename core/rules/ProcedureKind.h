#pragma once

#include <QString>

#include <optional>

namespace regie {

// The procedures whose terms and limits come from a rule set.
enum class ProcedureKind
{
    GasFine,             // GAS fine by the sanctioning official (domain-rules.md §2)
    PlaceBan,            // mayor's place ban, NGW art. 134sexies (§4)
    ClosureTrafficking,  // closure for human trafficking, NGW art. 134quinquies (§4)
    ClosurePublicOrder,  // closure for public-order disturbance, NGW art. 134quater (§4)
    CertificateSanction, // sanctions against a fitness-certificate holder (§3)
};

// Stable machine names ("gas-fine", "place-ban", "closure-trafficking", "closure-public-order",
// "certificate-sanction"), used in rule data, scenarios and JSON output.
QString procedureKindName(ProcedureKind kind);
std::optional<ProcedureKind> procedureKindFromName(const QString& name);

} // namespace regie
