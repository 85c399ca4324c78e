#include "core/certificates/CertificateFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace regie;

namespace {

QByteArray templateJson(int version, const QString& validFrom, const QStringList& items)
{
    QJsonArray array;
    for (const QString& item : items)
        array.append(QJsonObject{{"code", item}, {"section", "test"}, {"text", item}});
    return QJsonDocument(QJsonObject{{"code", ChecklistTemplates::defaultCode()},
                                     {"version", version},
                                     {"validFrom", validFrom},
                                     {"title", "test"},
                                     {"items", array}})
        .toJson();
}

} // namespace

TEST_CASE("an inspection keeps the checklist version it was done with", "[inspections]")
{
    test::CertificateFixture f;
    const QString premises = f.addPremises();
    auto early = f.s->inspections().add({premises, QStringLiteral("reactive"), QDate(2026, 5, 2),
                                         {}, {}});
    REQUIRE(early.ok());
    auto v1 = f.s->inspections().repository().find(early.value());
    CHECK(v1->templateVersion == 1);
    CHECK(f.t.count(QStringLiteral("checklist_templates")) == 1); // copied on first use

    auto v2 = f.s->templates().import(templateJson(2, QStringLiteral("2026-06-01"),
                                                   {QStringLiteral("panic-button"),
                                                    QStringLiteral("camera-at-door")}));
    REQUIRE(v2.ok());
    CHECK(f.changes(QStringLiteral("checklist_templates"), v2.value()) > 0);
    auto later = f.s->inspections().add({premises, QStringLiteral("proactive"),
                                         QDate(2026, 11, 2), {}, {}});
    REQUIRE(later.ok());
    auto second = f.s->inspections().repository().find(later.value());
    CHECK(second->templateVersion == 2);
    CHECK(f.s->inspections().answer(later.value(), {QStringLiteral("camera-at-door"), {},
                                                    QStringLiteral("conform"), {}}).ok());
    CHECK(f.s->inspections().answer(later.value(), {QStringLiteral("sanitary"), {},
                                                    QStringLiteral("conform"), {}}).error().field ==
          QStringLiteral("item"));
    // the early inspection still answers on version 1
    CHECK(f.s->inspections().answer(early.value(), {QStringLiteral("sanitary"), {},
                                                    QStringLiteral("conform"), {}}).ok());
    CHECK(f.s->inspections().answer(early.value(), {QStringLiteral("camera-at-door"), {},
                                                    QStringLiteral("conform"), {}}).error().field ==
          QStringLiteral("item"));
}

TEST_CASE("a template version cannot change: a change needs a new version", "[inspections]")
{
    test::CertificateFixture f;
    REQUIRE(f.s->templates().import(templateJson(2, QStringLiteral("2026-06-01"),
                                                 {QStringLiteral("a")})).ok());
    auto same = f.s->templates().import(templateJson(2, QStringLiteral("2026-06-01"),
                                                     {QStringLiteral("a")}));
    CHECK(same.ok());
    auto changed = f.s->templates().import(templateJson(2, QStringLiteral("2026-06-01"),
                                                        {QStringLiteral("b")}));
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().code == ErrorCode::Conflict);
    auto shipped = f.s->templates().import(templateJson(1, QStringLiteral("2018-05-28"),
                                                        {QStringLiteral("b")}));
    CHECK(shipped.error().code == ErrorCode::Conflict);
    CHECK(f.s->templates().import("{}").error().code == ErrorCode::Format);
}
