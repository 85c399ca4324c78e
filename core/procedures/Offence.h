#pragma once

#include <QString>

namespace regie {

// An entry of the configurable offence catalogue (offences): a police-code article used in
// prostitution enforcement and the role of the offender it targets.
struct Offence
{
    QString id;
    QString code; // stable short code, e.g. "SOLICIT-OUTSIDE-ZONE"
    QString article;
    QString description;
    QString offenderRole; // sex-worker | client | operator | other
    bool active = true;
};

} // namespace regie
