#include "sync/ChangeCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <limits>

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

namespace {

// A line as the first bundle format's writer made it: Qt's JSON document, compact.
QByteArray qtLine(const RemoteChange& c, const QJsonValue& oldValue, const QJsonValue& newValue)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("s"), QString::number(c.seq)},
                                     {QStringLiteral("x"), c.txn},
                                     {QStringLiteral("h"), c.hlc},
                                     {QStringLiteral("i"), c.installation},
                                     {QStringLiteral("u"), c.userName},
                                     {QStringLiteral("e"), c.entity},
                                     {QStringLiteral("d"), c.entityId},
                                     {QStringLiteral("o"), c.op},
                                     {QStringLiteral("f"), c.field},
                                     {QStringLiteral("a"), oldValue},
                                     {QStringLiteral("b"), newValue}})
        .toJson(QJsonDocument::Compact);
}

QString bad(const QByteArray& line)
{
    const auto decoded = ChangeCodec::decode(line);
    return decoded.ok() ? QString() : decoded.error().detail;
}

} // namespace

TEST_CASE("every value travels with its SQLite type and exact content", "[sync]")
{
    const QString text = QStringLiteral("Kwartier \"Schipperskwartier\"\\ 5\n\t\u00e9\u20ac\U0001F600 \x01 /");
    const QList<QVariant> values{QVariant(),
                                 QVariant(QString()),
                                 QVariant(QStringLiteral("")),
                                 QVariant(text),
                                 QVariant(qint64(42)),
                                 QVariant(qint64(-9007199254740993)),
                                 QVariant(std::numeric_limits<qint64>::max()),
                                 QVariant(0.1),
                                 QVariant(-2.5e-300),
                                 QVariant(QByteArray("\x00\xff photo", 8))};
    for (const QVariant& value : values) {
        INFO(value.toString().toStdString());
        RemoteChange c = change(QStringLiteral("premises"), QStringLiteral("notes"));
        c.oldValue = value;
        c.newValue = value;
        const auto decoded = ChangeCodec::decode(ChangeCodec::encode(c));
        REQUIRE(decoded.ok());
        for (const QVariant& got : {decoded->oldValue, decoded->newValue}) {
            if (!value.isValid() || value.isNull()) {
                CHECK((!got.isValid() || got.isNull()));
                continue;
            }
            CHECK(got == value);
            if (value.typeId() == QMetaType::QByteArray)
                CHECK(got.typeId() == QMetaType::QByteArray);
        }
        CHECK(decoded->seq == 7);
        CHECK(decoded->hlc == c.hlc);
        CHECK(decoded->installation == c.installation);
        CHECK(decoded->userName == QStringLiteral("anna"));
    }
}

TEST_CASE("lines written by the first bundle writer (Qt's JSON) still read alike", "[sync]")
{
    RemoteChange c = change(QStringLiteral("premises"), QStringLiteral("notes"));
    const QByteArray line =
        qtLine(c, QJsonValue::Null,
               QStringLiteral("A \"quoted\" \u00e9 \\ line\nwith\ttabs \U0001F600 \x7f"));
    const auto decoded = ChangeCodec::decode(line);
    REQUIRE(decoded.ok());
    CHECK(decoded->newValue.toString() ==
          QStringLiteral("A \"quoted\" \u00e9 \\ line\nwith\ttabs \U0001F600 \x7f"));
    CHECK_FALSE(decoded->oldValue.isValid());
    CHECK(decoded->entityId == c.entityId);
    // And the other way: what is written now is JSON that Qt reads to the same object.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ChangeCodec::encode(*decoded), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(doc.object() == QJsonDocument::fromJson(line).object());
}

TEST_CASE("a change line may come in any member order, spaced, with members it does not know",
          "[sync]")
{
    const QByteArray line =
        R"( { "x" : "t1", "later" : [1, -2.5e3, true, false, null, {"deep": ["x"]}],
              "o":"set","h":"1764355200000-0000-0c6f8a52-1b2c-4d3e-8f90-123456789abc",
              "i":"0c6f8a52-1b2c-4d3e-8f90-123456789abc","u":"anna","e":"premises",
              "d":"2b1e0c1a","f":"notes","s":"12","a":null,"b":{"i":"5"} } )";
    const auto decoded = ChangeCodec::decode(line);
    REQUIRE(decoded.ok());
    CHECK(decoded->seq == 12);
    CHECK(decoded->newValue.toLongLong() == 5);
    CHECK(decoded->txn == QStringLiteral("t1"));
}

TEST_CASE("a malformed change line is refused with what is wrong", "[sync][faults]")
{
    RemoteChange c = change(QStringLiteral("premises"), QStringLiteral("notes"));
    const QByteArray good = ChangeCodec::encode(c);
    REQUIRE(bad(good).isEmpty());
    const auto replaced = [&good](const char* from, const char* to) {
        QByteArray line = good;
        REQUIRE(line.contains(from));
        return line.replace(from, to);
    };
    CHECK(bad(good.left(good.size() - 1)).contains(QStringLiteral("expected , or }")));
    CHECK(bad(good + "x").contains(QStringLiteral("bytes after the end")));
    CHECK(bad("[1]").contains(QStringLiteral("not a JSON object")));
    CHECK(bad("").contains(QStringLiteral("not a JSON object")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":\"n\xff\"")).contains(QStringLiteral("UTF-8")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":\"n\xc0\xae\"")).contains(QStringLiteral("UTF-8")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":\"\\ud800\"")).contains(QStringLiteral("surrogate")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":\"a\nb\"")).contains(QStringLiteral("control")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":\"\\q\"")).contains(QStringLiteral("escape")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":5")).contains(QStringLiteral("unknown type")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":{\"i\":\"5x\"}")).contains(QStringLiteral("unknown type")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":{\"x\":\"**\"}")).contains(QStringLiteral("unknown type")));
    CHECK(bad(replaced("\"b\":\"new\"", "\"b\":{\"i\":\"5\",\"r\":\"1\"}")).contains(QStringLiteral("unknown type")));
    CHECK(bad(replaced("\"s\":\"7\"", "\"s\":7")).contains(QStringLiteral("required part")));
    CHECK(bad(replaced("\"s\":\"7\"", "\"s\":\"-7\"")).contains(QStringLiteral("required part")));
    CHECK(bad(replaced("\"s\":\"7\"", "\"s\":\"7\",\"s\":\"8\"")).contains(QStringLiteral("twice")));
    CHECK(bad(replaced("\"o\":\"set\"", "\"o\":\"drop\"")).contains(QStringLiteral("required part")));
    CHECK(bad(replaced("\"o\":\"set\"", "\"o\":\"set\",\"k\":{}")).contains(QStringLiteral("made knowing")));
    CHECK(bad(replaced("\"a\":\"old\",", "")).contains(QStringLiteral("unknown type")));
    QByteArray deep = good;
    deep.insert(1, "\"z\":" + QByteArray(100, '[') + QByteArray(100, ']') + ",");
    CHECK(bad(deep).contains(QStringLiteral("nested too deep")));
}

TEST_CASE("a deletion carries what it was made knowing", "[sync]")
{
    RemoteChange c = change(QStringLiteral("premises"), QString());
    c.op = QStringLiteral("delete");
    const FieldStamps basis{{QStringLiteral("notes"), QStringLiteral("1764355200000-0001-x")},
                            {QStringLiteral("street"), QStringLiteral("1764355200000-0002-x")}};
    std::optional<FieldStamps> read;
    const auto decoded = ChangeCodec::decode(ChangeCodec::encode(c, basis), &read);
    REQUIRE(decoded.ok());
    REQUIRE(read.has_value());
    CHECK(*read == basis);
    CHECK(decoded->field.isEmpty());
    // A field name that could be SQL is refused here too.
    QByteArray line = ChangeCodec::encode(c, basis);
    line.replace("\"notes\"", "\"no tes\"");
    CHECK(bad(line).contains(QStringLiteral("made knowing")));
}
