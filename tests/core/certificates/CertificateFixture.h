#pragma once

#include "certificates/CertificateKinds.h"
#include "inspections/CertificateServices.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace regie::test {

// A test database (FixedClock 2026-11-28) with the certificate feature's services.
struct CertificateFixture
{
    TestDatabase t;
    std::unique_ptr<CertificateServices> s = CertificateServices::create(t.ws()).value();

    QString addPremises(const QString& street = QStringLiteral("Schippersstraat"),
                        const QString& number = QStringLiteral("12"), int windows = 3)
    {
        auto id = s->premises().add({street, number, {}, {}, windows});
        REQUIRE(id.ok());
        return id.value();
    }

    // A dossier applied on `applied` with every document (dated `documents`) and every check.
    QString completeDossier(const QString& premisesId, const QDate& applied,
                            const QDate& documents = {}, const QString& renewalOf = {})
    {
        auto id = s->certificates().apply(premisesId, applied, renewalOf);
        REQUIRE(id.ok());
        const QDate docDate = documents.isValid() ? documents : applied.addDays(-5);
        for (const QString& kind : CertificateKinds::documentKinds())
            REQUIRE(s->certificates().addDocument(id.value(), {{}, kind, docDate, {}}).ok());
        for (const QString& kind : CertificateKinds::checkKinds())
            REQUIRE(s->certificates()
                        .addCheck(id.value(), {{}, kind, applied.addDays(3),
                                               QStringLiteral("inspector A"), true, {}})
                        .ok());
        return id.value();
    }

    QString grant(const QString& dossierId, const QDate& date)
    {
        auto decided = s->certificates().decide(dossierId, {QStringLiteral("granted"), date, {}, {}});
        REQUIRE(decided.ok());
        return decided.value();
    }

    CertificateDossier dossier(const QString& id)
    {
        auto d = s->certificates().repository().find(id);
        REQUIRE(d.ok());
        return d.value();
    }

    int changes(const QString& entity, const QString& id)
    {
        return t.count(QStringLiteral("change_log"),
                       QStringLiteral("entity = '%1' AND entity_id = '%2'").arg(entity, id));
    }
};

} // namespace regie::test
