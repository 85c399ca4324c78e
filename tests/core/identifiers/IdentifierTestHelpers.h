#pragma once

#include <QString>
#include <string>

namespace regie::test {

// Catch2 prints std::string in failure messages; QString it does not know.
inline std::string str(const QString& text)
{
    return text.toStdString();
}

// One input and the rule code its check must report ("" for a valid value).
struct RuleCase
{
    const char* input;
    const char* rule;
};

} // namespace regie::test
