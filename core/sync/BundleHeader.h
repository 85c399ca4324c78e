#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace regie {

// The plain-text header of a .regiebundle (docs/sync-format.md). It is covered by the sender's
// signature but not encrypted: it names who sent the bundle to whom, never any user data.
struct BundleHeader
{
    struct Recipient
    {
        QString installationId;
        QByteArray
            sealedKey; // the random file key, crypto_box_seal'ed to the recipient's X25519 key
    };

    // Written: format 2 (change lines leave out what repeats); read: 1 and 2.
    static constexpr int FormatVersion = 2;
    static constexpr int OldestFormat = 1;
    static bool readable(int format) { return format >= OldestFormat && format <= FormatVersion; }

    int format = FormatVersion;
    QString bundleId;
    QString senderId;
    QString senderCode;
    QString senderName;
    QVector<Recipient> recipients;
    // The sender's change-log sequence range this bundle covers; toSeq = fromSeq - 1: none.
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    qint64 changes = 0; // change records in the payload
    int schemaVersion = 0;
    QDateTime createdAt;
    QStringList scope; // entities included; empty: all
    // Per recipient installation: how far the sender has applied that recipient's own changes
    // (an acknowledgement that travels with every bundle).
    QMap<QString, qint64> acks;

    const Recipient* recipient(const QString& installationId) const;
    QByteArray toJson() const;
    static Result<BundleHeader> fromJson(const QByteArray& json);
};

} // namespace regie
