#include "SyncReceipt.h"

#include "BundleFormat.h"
#include "common/Ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace regie {

namespace {

const QByteArray kMagic("REGIERCP", 8);
constexpr int kPrelude = 8 + 2 + 32 + 4;

Error bad(const char* reason, const QString& detail)
{
    return ruleError(ErrorCode::Format, QLatin1String(reason), detail);
}

} // namespace

bool SyncReceipt::looksLikeReceipt(const QByteArray& head)
{
    return head.startsWith(kMagic);
}

QByteArray SyncReceipt::sign(const security::InstallationKeys& keys) const
{
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("bundle"), bundleId},
                                  {QStringLiteral("from"), from},
                                  {QStringLiteral("to"), to},
                                  {QStringLiteral("applied"), QString::number(appliedSeq)},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)}})
            .toJson(QJsonDocument::Compact);
    QByteArray file = kMagic;
    file.append(char(0)).append(char(1));
    file.append(keys.identity().signPublic);
    BundleFormat::putU32(file, static_cast<quint32>(json.size()));
    file.append(json);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(file.constData()),
                         static_cast<unsigned long long>(file.size()), keys.signSecret().data());
    return file + signature;
}

Result<QByteArray> SyncReceipt::signerKey(const QByteArray& file)
{
    if (!looksLikeReceipt(file))
        return bad("not-a-receipt", QStringLiteral("not a Regie receipt"));
    if (file.size() < kPrelude + crypto_sign_BYTES)
        return bad("truncated", QStringLiteral("the receipt is too short"));
    return file.mid(10, 32);
}

Result<SyncReceipt> SyncReceipt::verify(const QByteArray& file, const QByteArray& signPublic)
{
    security::ensureSodium();
    auto key = signerKey(file);
    if (!key.ok())
        return key.error();
    const qint64 body = file.size() - crypto_sign_BYTES;
    if (key.value() != signPublic || signPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(file.constData() + body),
            reinterpret_cast<const unsigned char*>(file.constData()),
            static_cast<unsigned long long>(body),
            reinterpret_cast<const unsigned char*>(signPublic.constData())) != 0)
        return ruleError(ErrorCode::Crypto, QStringLiteral("bad-signature"),
                         QStringLiteral("the receipt's signature does not match"));
    const quint32 length = BundleFormat::getU32(file.constData() + 42);
    if (kPrelude + qint64(length) != body)
        return bad("bad-receipt", QStringLiteral("length"));
    const QJsonObject o = QJsonDocument::fromJson(file.mid(kPrelude, int(length))).object();
    SyncReceipt r;
    r.bundleId = o.value(QLatin1String("bundle")).toString();
    r.from = o.value(QLatin1String("from")).toString();
    r.to = o.value(QLatin1String("to")).toString();
    bool ok = false;
    r.appliedSeq = o.value(QLatin1String("applied")).toString().toLongLong(&ok);
    r.status = o.value(QLatin1String("status")).toString();
    r.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate);
    if (!ok || !isId(r.bundleId) || !isId(r.from) || !isId(r.to))
        return bad("bad-receipt", QStringLiteral("a required part is missing"));
    return r;
}

} // namespace regie
