#include "sync/ChangeCodec.h"

#include <catch2/catch.hpp>

using namespace regie;

namespace {

RemoteChange change(const QString& entity, const QString& field)
{
    return RemoteChange{7,
                        QStringLiteral("txn-1"),
                        QStringLiteral("1764355200000-0000-0c6f8a52-1b2c-4d3e-8f90-123456789abc"),
                        QStringLiteral("0c6f8a52-1b2c-4d3e-8f90-123456789abc"),
                        QStringLiteral("anna"),
                        entity,
                        QStringLiteral("2b1e0c1a-5d6f-4e3b-9a8c-7d6e5f4a3b2c"),
                        QStringLiteral("set"),
                        field,
                        QStringLiteral("old"),
                        QStringLiteral("new")};
}

} // namespace

TEST_CASE("a change line names tables and fields only by plain names", "[sync][faults]")
{
    // Names go into SQL as identifiers: a line that could smuggle SQL is refused.
    const auto decoded = [](const QString& entity, const QString& field) {
        return ChangeCodec::decode(ChangeCodec::encode(change(entity, field)));
    };
    const auto good = decoded(QStringLiteral("gas_dossiers"), QStringLiteral("notes_2"));
    REQUIRE(good.ok());
    CHECK(good->entity == QStringLiteral("gas_dossiers"));
    CHECK(good->field == QStringLiteral("notes_2"));
    CHECK(good->newValue.toString() == QStringLiteral("new"));
    CHECK(decoded(QStringLiteral("_x"), QStringLiteral("a1")).ok());

    for (const auto& [entity, field] :
         {std::pair{QStringLiteral("persons; DROP TABLE persons"), QStringLiteral("notes")},
          std::pair{QStringLiteral("Persons"), QStringLiteral("notes")},
          std::pair{QStringLiteral("1persons"), QStringLiteral("notes")},
          std::pair{QStringLiteral("persons"), QStringLiteral("notes = 1 --")},
          std::pair{QStringLiteral("persons"), QStringLiteral("2notes")},
          std::pair{QStringLiteral("persons"), QStringLiteral("nötes")}}) {
        INFO(entity.toStdString() << " / " << field.toStdString());
        const auto refused = decoded(entity, field);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().detail.contains(QStringLiteral("plain name")));
    }
}
