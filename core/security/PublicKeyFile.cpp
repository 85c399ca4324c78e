#include "PublicKeyFile.h"

#include "common/Ids.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace regie::security::PublicKeyFile {

namespace {

const QString kMagic = QStringLiteral("regie-public-key 1");
const QStringList kKeys{QStringLiteral("installation"), QStringLiteral("code"),
                        QStringLiteral("name"),         QStringLiteral("sign-ed25519"),
                        QStringLiteral("box-x25519"),   QStringLiteral("fingerprint")};

// The rule of InstallationStore::isValidShortCode, kept here so that reading a key file needs
// no storage code (the fuzz target links core/security alone).
bool isShortCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,3}$"));
    return pattern.match(code).hasMatch();
}

Error malformed(const QString& what)
{
    return ruleError(ErrorCode::Format, QStringLiteral("public-key-file"), what);
}

} // namespace

QByteArray format(const PublicIdentity& identity)
{
    QString text = kMagic + QLatin1Char('\n');
    text += QStringLiteral("installation: %1\n").arg(identity.installationId);
    text += QStringLiteral("code: %1\n").arg(identity.shortCode);
    text += QStringLiteral("name: %1\n").arg(identity.displayName.simplified());
    text += QStringLiteral("sign-ed25519: %1\n")
                .arg(QString::fromLatin1(identity.signPublic.toBase64()));
    text +=
        QStringLiteral("box-x25519: %1\n").arg(QString::fromLatin1(identity.boxPublic.toBase64()));
    text += QStringLiteral("fingerprint: %1\n").arg(identity.fingerprint());
    return text.toUtf8();
}

Result<PublicIdentity> parse(const QByteArray& bytes)
{
    if (bytes.size() > 4096)
        return malformed(QStringLiteral("larger than 4 KiB"));
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first().trimmed() != kMagic)
        return malformed(QStringLiteral("does not start with \"%1\"").arg(kMagic));
    QHash<QString, QString> values;
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(QLatin1Char(':'));
        const QString key = lines.at(i).left(colon).trimmed();
        if (colon < 0 || !kKeys.contains(key) || values.contains(key))
            return malformed(QStringLiteral("line %1 is not a known \"key: value\"").arg(i + 1));
        values.insert(key, lines.at(i).mid(colon + 1).trimmed());
    }
    for (const QString& key : kKeys) {
        if (!values.contains(key))
            return malformed(QStringLiteral("no %1 line").arg(key));
    }
    PublicIdentity identity;
    identity.installationId = values.value(QStringLiteral("installation"));
    identity.shortCode = values.value(QStringLiteral("code"));
    identity.displayName = values.value(QStringLiteral("name"));
    identity.signPublic =
        QByteArray::fromBase64(values.value(QStringLiteral("sign-ed25519")).toLatin1(),
                               QByteArray::AbortOnBase64DecodingErrors);
    identity.boxPublic =
        QByteArray::fromBase64(values.value(QStringLiteral("box-x25519")).toLatin1(),
                               QByteArray::AbortOnBase64DecodingErrors);
    if (!isId(identity.installationId))
        return malformed(QStringLiteral("installation is not a UUID"));
    if (!isShortCode(identity.shortCode))
        return malformed(QStringLiteral("code is not an installation code"));
    if (!identity.hasValidKeys())
        return malformed(QStringLiteral("a public key is not 32 bytes of base64"));
    if (identity.fingerprint() != values.value(QStringLiteral("fingerprint")))
        return ruleError(ErrorCode::Crypto, QStringLiteral("fingerprint-mismatch"),
                         QStringLiteral("the file's fingerprint does not match its keys"));
    return identity;
}

} // namespace regie::security::PublicKeyFile
