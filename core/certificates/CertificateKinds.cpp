#include "CertificateKinds.h"

namespace regie {

const QStringList& CertificateKinds::documentKinds()
{
    static const QStringList kinds{
        QStringLiteral("cadastral-data"),       QStringLiteral("real-rights"),
        QStringLiteral("criminal-record"),      QStringLiteral("company-publications"),
        QStringLiteral("company-registration"), QStringLiteral("identity-copy")};
    return kinds;
}

const QStringList& CertificateKinds::checkKinds()
{
    static const QStringList kinds{QStringLiteral("fire-safety"), QStringLiteral("urban-planning"),
                                   QStringLiteral("hygiene"), QStringLiteral("morality")};
    return kinds;
}

const QStringList& CertificateKinds::outcomes()
{
    static const QStringList names{QStringLiteral("granted"),
                                   QStringLiteral("granted-with-conditions"),
                                   QStringLiteral("refused")};
    return names;
}

} // namespace regie
