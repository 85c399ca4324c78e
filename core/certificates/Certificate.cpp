#include "Certificate.h"

namespace regie {

const CertificateEvent* CertificateDossier::decision() const
{
    for (const CertificateEvent& event : events) {
        if (event.kind == QLatin1String("decision"))
            return &event;
    }
    return nullptr;
}

} // namespace regie
