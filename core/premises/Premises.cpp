#include "Premises.h"

#include <array>
#include <utility>

namespace regie {

namespace {

const std::array<std::pair<PremisesHolder::Role, const char*>, 3> RoleNames = {{
    {PremisesHolder::Role::MainHolder, "main-holder"},
    {PremisesHolder::Role::Holder, "holder"},
    {PremisesHolder::Role::Manager, "manager"},
}};

} // namespace

QString PremisesHolder::roleName(Role role)
{
    for (const auto& [r, name] : RoleNames) {
        if (r == role)
            return QLatin1String(name);
    }
    return {};
}

bool PremisesHolder::roleFromName(const QString& name, Role* role)
{
    for (const auto& [r, text] : RoleNames) {
        if (name == QLatin1String(text)) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString Premises::address() const
{
    QString text = street + QLatin1Char(' ') + number;
    if (!box.isEmpty())
        text += QStringLiteral(" bus ") + box;
    return text;
}

} // namespace regie
