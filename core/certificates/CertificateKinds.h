#pragma once

#include <QStringList>

namespace regie {

// The machine names of the certificate vocabulary (stable: used in data, CLI and JSON).
class CertificateKinds
{
public:
    // cadastral-data, real-rights, criminal-record, company-publications,
    // company-registration, identity-copy
    static const QStringList& documentKinds();
    // fire-safety, urban-planning, hygiene, morality
    static const QStringList& checkKinds();
    // granted, granted-with-conditions, refused
    static const QStringList& outcomes();
    static QString criminalRecord() { return QStringLiteral("criminal-record"); }
};

} // namespace regie
