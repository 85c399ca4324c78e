// Installation keys: sealed under a passphrase, public-key files with a fingerprint, and the
// trust list.

#include "security/InstallationKeys.h"
#include "security/PublicKeyFile.h"
#include "support/TestDatabase.h"
#include "sync/KeyStore.h"
#include "sync/TrustStore.h"

#include <catch2/catch.hpp>

using namespace regie;
using namespace regie::security;

namespace {

PublicIdentity sampleIdentity()
{
    return {QStringLiteral("6f1c0a6e-2b7d-4a51-9c3e-0d2f8e4b1a77"),
            QStringLiteral("FL"),
            QStringLiteral("Field laptop 2"),
            {},
            {}};
}

} // namespace

TEST_CASE("private keys open only with the passphrase they were sealed with", "[security][keys]")
{
    auto keys = InstallationKeys::generate(sampleIdentity());
    REQUIRE(keys.ok());
    auto sealed = keys.value().seal("correct horse battery");
    REQUIRE(sealed.ok());
    CHECK_FALSE(sealed.value().ciphertext.contains(
        QByteArray(reinterpret_cast<const char*>(keys.value().boxSecret().data()), 32)));

    auto opened =
        InstallationKeys::unseal(keys.value().identity(), sealed.value(), "correct horse battery");
    REQUIRE(opened.ok());
    CHECK(QByteArray(reinterpret_cast<const char*>(opened.value().signSecret().data()), 64) ==
          QByteArray(reinterpret_cast<const char*>(keys.value().signSecret().data()), 64));

    auto wrong = InstallationKeys::unseal(keys.value().identity(), sealed.value(), "correct horse");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().detail.startsWith(QStringLiteral("wrong-passphrase")));

    PublicIdentity other = keys.value().identity();
    other.installationId = QStringLiteral("00000000-2b7d-4a51-9c3e-0d2f8e4b1a77");
    CHECK_FALSE(InstallationKeys::unseal(other, sealed.value(), "correct horse battery").ok());

    auto tooShort = keys.value().seal("short");
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == ErrorCode::Validation);
}

TEST_CASE("a public-key file reads back and a changed key is refused", "[security][keys]")
{
    auto keys = InstallationKeys::generate(sampleIdentity());
    REQUIRE(keys.ok());
    const QByteArray text = PublicKeyFile::format(keys.value().identity());
    CHECK(text.startsWith("regie-public-key 1\n"));
    auto parsed = PublicKeyFile::parse(text);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().installationId == sampleIdentity().installationId);
    CHECK(parsed.value().displayName == QStringLiteral("Field laptop 2"));
    CHECK(parsed.value().fingerprint() == keys.value().identity().fingerprint());
    CHECK(parsed.value().fingerprint().size() == 39); // 8 groups of 4 hex digits

    QByteArray tampered = text;
    const int at = tampered.indexOf("box-x25519: ") + 14;
    tampered[at] = tampered.at(at) == 'A' ? 'B' : 'A';
    auto refused = PublicKeyFile::parse(tampered);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.startsWith(QStringLiteral("fingerprint-mismatch")));
    CHECK_FALSE(PublicKeyFile::parse("not a key file").ok());
    CHECK_FALSE(PublicKeyFile::parse(text + "extra: line\n").ok());
}

TEST_CASE("keys are made once per installation and unlocked with the passphrase",
          "[security][keys]")
{
    test::TestDatabase t;
    KeyStore store(t.db());
    CHECK_FALSE(store.hasKeys());
    auto made = store.create(t.ws().installation(), "passphrase one", t.clock());
    REQUIRE(made.ok());
    CHECK(made.value().installationId == t.ws().installation().id);
    auto again = store.create(t.ws().installation(), "passphrase two", t.clock());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().detail.startsWith(QStringLiteral("keys-exist")));
    CHECK(store.unlock(t.ws().installation(), "passphrase one").ok());
    CHECK_FALSE(store.unlock(t.ws().installation(), "passphrase two").ok());
    CHECK(store.publicIdentity(t.ws().installation()).value().fingerprint() ==
          made.value().fingerprint());
}

TEST_CASE("the trust list adds peers by name, refuses duplicates and revokes", "[security][trust]")
{
    test::TestDatabase t;
    TrustStore trust(t.db());
    auto peerKeys = InstallationKeys::generate(sampleIdentity());
    REQUIRE(peerKeys.ok());
    const PublicIdentity peer = peerKeys.value().identity();

    auto added = trust.trust(peer, QStringLiteral("laptop"), t.ws().installation().id, t.clock());
    REQUIRE(added.ok());
    CHECK(added.value().fingerprint == peer.fingerprint());
    CHECK_FALSE(added.value().isRevoked());
    CHECK(trust.bySignKey(peer.signPublic).value().name == QStringLiteral("laptop"));

    auto twice = trust.trust(peer, QStringLiteral("laptop 2"), t.ws().installation().id, t.clock());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().detail.startsWith(QStringLiteral("already-trusted")));

    PublicIdentity self = peer;
    self.installationId = t.ws().installation().id;
    CHECK_FALSE(trust.trust(self, QStringLiteral("me"), t.ws().installation().id, t.clock()).ok());
    CHECK_FALSE(trust.trust(peer, QStringLiteral("bad;name"), QString(), t.clock()).ok());

    auto revoked = trust.revoke(QStringLiteral("laptop"), t.clock());
    REQUIRE(revoked.ok());
    CHECK(revoked.value().isRevoked());
    CHECK(trust.list().value().size() == 1);
    CHECK_FALSE(trust.revoke(QStringLiteral("nobody"), t.clock()).ok());
}
