#pragma once

// A test installation for sync: a fresh database, its keys (made without the passphrase step,
// which KeysTest covers) and helpers to trust peers, export and import.

#include "security/InstallationKeys.h"
#include "support/TestDatabase.h"
#include "sync/Digest.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/TrustStore.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <memory>

namespace regie::test {

struct SyncSite
{
    TestDatabase t;
    security::InstallationKeys keys;
    QString name;

    explicit SyncSite(const QString& siteName)
        : keys(security::InstallationKeys::generate(
                   {t.ws().installation().id, t.ws().installation().shortCode, siteName, {}, {}})
                   .value()),
          name(siteName)
    {
    }

    void trust(const SyncSite& other)
    {
        REQUIRE(TrustStore(t.db())
                    .trust(other.keys.identity(), other.name, t.ws().installation().id, t.clock())
                    .ok());
    }

    QString digest() { return Digest::compute(t.db()).value(); }

    Result<BundleHeader> exportTo(const SyncSite& peer, const QString& file, qint64 since = -1,
                                  const QStringList& scope = {})
    {
        ExportOptions options;
        options.peerName = peer.name;
        options.outPath = file;
        options.since = since;
        options.scope = scope;
        auto result = SyncExporter(t.ws()).run(keys, options);
        if (!result.ok())
            UNSCOPED_INFO("export: " << result.error().detail.toStdString());
        return result;
    }

    Result<ImportResult> import(const QString& file, bool dryRun = false)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        auto result = SyncImporter(t.ws()).run(file, keys, options);
        if (!result.ok())
            UNSCOPED_INFO("import: " << result.error().detail.toStdString());
        return result;
    }

    QString addPremises(const QString& street, const QString& number)
    {
        ChangeSet cs(QStringLiteral("test.premises"));
        const QString id =
            cs.create(QStringLiteral("premises"),
                      {{QStringLiteral("street"), street}, {QStringLiteral("number"), number}});
        REQUIRE(t.writes().apply(cs).ok());
        return id;
    }

    void set(const QString& id, const QString& field, const QVariant& value)
    {
        ChangeSet cs(QStringLiteral("test.edit"));
        cs.set(QStringLiteral("premises"), id, field, value);
        REQUIRE(t.writes().apply(cs).ok());
    }

    void remove(const QString& id)
    {
        ChangeSet cs(QStringLiteral("test.delete"));
        cs.remove(QStringLiteral("premises"), id);
        REQUIRE(t.writes().apply(cs).ok());
    }

    // Exports everything the peer may lack and imports it there (bundles overlap harmlessly).
    void sendTo(SyncSite& peer, const QString& file)
    {
        REQUIRE(exportTo(peer, file, 0).ok());
        auto imported = peer.import(file);
        if (!imported.ok())
            REQUIRE(imported.error().detail.startsWith(QStringLiteral("replay")));
    }

    QVariant get(const QString& id, const QString& field)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT %1 FROM premises WHERE id = ?").arg(field));
        q.addBindValue(id);
        REQUIRE(q.exec());
        return q.next() ? q.value(0) : QVariant();
    }
};

// Both trust each other.
inline void pair(SyncSite& a, SyncSite& b)
{
    a.trust(b);
    b.trust(a);
}

} // namespace regie::test
