#pragma once

#include "certificates/CertificateKinds.h"
#include "inspections/CertificateServices.h"
#include "support/TestDatabase.h"

#include <QWidget>
#include <catch2/catch.hpp>

namespace regie::test {

// A test database (FixedClock 2026-11-28) with the certificate services, for the widget tests
// of the premises, inspection and planner pages.
struct CertificateViewsFixture
{
    TestDatabase t;
    std::unique_ptr<CertificateServices> s = CertificateServices::create(t.ws()).value();

    QString addPremises(const QString& number = QStringLiteral("12"), int windows = 2)
    {
        auto id = s->premises().add({QStringLiteral("Schippersstraat"), number, {}, {}, windows});
        REQUIRE(id.ok());
        return id.value();
    }

    QString addInspection(const QString& premises)
    {
        auto id = s->inspections().add({premises,
                                        QStringLiteral("proactive"),
                                        QDate(2026, 11, 27),
                                        QStringLiteral("M. Peeters"),
                                        {}});
        REQUIRE(id.ok());
        return id.value();
    }

    template <typename T> static T* find(const QWidget* root, const QString& name)
    {
        T* widget = root->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }
};

} // namespace regie::test
