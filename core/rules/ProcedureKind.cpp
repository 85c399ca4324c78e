#include "ProcedureKind.h"

#include <array>
#include <utility>

namespace regie {

namespace {

const std::array<std::pair<ProcedureKind, const char*>, 5> Names = {{
    {ProcedureKind::GasFine, "gas-fine"},
    {ProcedureKind::PlaceBan, "place-ban"},
    {ProcedureKind::ClosureTrafficking, "closure-trafficking"},
    {ProcedureKind::ClosurePublicOrder, "closure-public-order"},
    {ProcedureKind::CertificateSanction, "certificate-sanction"},
}};

} // namespace

QString procedureKindName(ProcedureKind kind)
{
    for (const auto& [k, name] : Names) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ProcedureKind> procedureKindFromName(const QString& name)
{
    for (const auto& [k, text] : Names) {
        if (name == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

} // namespace regie
