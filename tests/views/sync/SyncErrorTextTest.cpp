// Every refusal reason of the sync core has its own sentence in plain words.

#include "sync/SyncErrorText.h"

#include "common/ErrorText.h"
#include "common/Result.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace regie;

TEST_CASE("each sync refusal is explained in its own words", "[views][sync]")
{
    const QStringList reasons{
        QStringLiteral("unknown-signer"),   QStringLiteral("revoked-signer"),
        QStringLiteral("bad-signature"),    QStringLiteral("truncated"),
        QStringLiteral("not-a-bundle"),     QStringLiteral("not-a-recipient"),
        QStringLiteral("newer-schema"),     QStringLiteral("replay"),
        QStringLiteral("bad-payload"),      QStringLiteral("sender-mismatch"),
        QStringLiteral("wrong-passphrase"), QStringLiteral("name-taken"),
        QStringLiteral("already-trusted"),  QStringLiteral("own-key"),
        QStringLiteral("public-key-file"),  QStringLiteral("fingerprint-mismatch"),
        QStringLiteral("unknown-format")};
    QSet<QString> seen;
    for (const QString& reason : reasons) {
        const Error error = ruleError(ErrorCode::RuleViolation, reason, QStringLiteral("detail"));
        CHECK(SyncErrorText::reason(error) == reason);
        const QString text = SyncErrorText::message(error);
        INFO(reason.toStdString());
        CHECK(text != ErrorText::message(error));
        CHECK_FALSE(text.contains(reason));
        seen.insert(text);
    }
    CHECK(seen.size() == reasons.size());
    // Anything else falls back to the general messages.
    const Error io = makeError(ErrorCode::Io, QStringLiteral("/x: permission denied"));
    CHECK(SyncErrorText::message(io) == ErrorText::message(io));
}
