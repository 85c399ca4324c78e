#include "procedures/ProcedureText.h"

#include <catch2/catch.hpp>

using namespace regie;

// The deadline board shows machine names from core (deadline names, phases) in words; a name
// without a label would reach the user as "councilOfStateAppeal".
TEST_CASE("the board's sanction rows read in words, not machine names", "[deadlines][models]")
{
    CHECK(ProcedureText::deadline(QStringLiteral("councilOfStateAppeal")) ==
          QLatin1String("End of Council of State appeal term"));
    CHECK(ProcedureText::deadline(QStringLiteral("sanctionStart")) ==
          QLatin1String("Sanction starts"));
    CHECK(ProcedureText::deadline(QStringLiteral("sanctionEnd")) == QLatin1String("Sanction ends"));
    for (const char* phase : {"findings", "warned", "track-open", "invited", "heard", "decided",
                              "appealed", "closed"}) {
        INFO(phase);
        const QString label = ProcedureText::sanctionPhase(QLatin1String(phase));
        CHECK_FALSE(label.isEmpty());
        CHECK(label != QLatin1String(phase));
    }
    CHECK(ProcedureText::sanctionPhase(QStringLiteral("decided")) == QLatin1String("Decided"));
}
