#include "DemoData.h"

#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WritePath.h"

#include <QDate>
#include <QUuid>

#include <array>
#include <random>

namespace regie {

namespace {

constexpr int kBatch = 500;

const std::array<const char*, 12> kFamilyNames{
    "Proefmans", "Testaert", "Fictiefs", "Demonckx", "Voorbeeldt", "Nepenbroek",
    "Verzinckx", "Oefenaere", "Schijnhout", "Probeersen", "Dummelinck", "Maquettens"};
const std::array<const char*, 12> kGivenNames{"Jan", "Marie", "Luc", "An", "Tom", "Els",
                                              "Koen", "Sofie", "Bart", "Ilse", "Pieter", "Nora"};
const std::array<const char*, 3> kStreets{"Schippersstraat", "Vingerlingstraat", "Verversrui"};

} // namespace

QString DemoData::demoId(const QString& kind, int index)
{
    static const QUuid ns(QStringLiteral("{6d1f4d7e-3c3a-4c55-9a0e-5245474945aa}"));
    return QUuid::createUuidV5(ns, QStringLiteral("demo/%1/%2").arg(kind).arg(index))
        .toString(QUuid::WithoutBraces);
}

Result<DemoData::Counts> DemoData::generate(int size)
{
    if (size < 1 || size > 10'000'000)
        return makeError(ErrorCode::Usage, QStringLiteral("size must be 1 to 10000000"),
                         QStringLiteral("size"));
    Counts counts;
    if (auto r = addPersons(size, counts); !r.ok())
        return r.error();
    if (auto r = addPremises(std::clamp(size / 10, 1, 120), counts); !r.ok())
        return r.error();
    return counts;
}

Result<void> DemoData::addPersons(int count, Counts& counts)
{
    std::mt19937 random(20161);
    for (int start = 0; start < count; start += kBatch) {
        ChangeSet cs(QStringLiteral("demo.persons"));
        for (int i = start; i < std::min(count, start + kBatch); ++i) {
            const QDate birth = QDate(1960, 1, 1).addDays(int(random() % 18000));
            cs.create(QStringLiteral("persons"), demoId(QStringLiteral("person"), i),
                      {{QStringLiteral("kind"), QStringLiteral("natural")},
                       {QStringLiteral("family_name"),
                        QString(QString::fromLatin1(kFamilyNames[random() % kFamilyNames.size()]) +
                                QStringLiteral("-%1").arg(i + 1))},
                       {QStringLiteral("given_names"),
                        QString::fromLatin1(kGivenNames[random() % kGivenNames.size()])},
                       {QStringLiteral("birth_date"), birth},
                       {QStringLiteral("address"), QStringLiteral("Voorbeeldstraat %1 bus %2, 2000 Antwerpen")
                                                       .arg(1 + i % 199)
                                                       .arg(1 + i / 199 % 20)},
                       {QStringLiteral("notes"), QStringLiteral("Fictieve demopersoon")}});
            ++counts.persons;
        }
        if (auto applied = m_writes.apply(cs); !applied.ok())
            return applied.error();
    }
    return {};
}

Result<void> DemoData::addPremises(int count, Counts& counts)
{
    std::mt19937 random(2018);
    ChangeSet cs(QStringLiteral("demo.premises"));
    for (int i = 0; i < count; ++i) {
        const QString premisesId = demoId(QStringLiteral("premises"), i);
        cs.create(QStringLiteral("premises"), premisesId,
                  {{QStringLiteral("street"), QString::fromLatin1(kStreets[i % kStreets.size()])},
                   {QStringLiteral("number"), QString::number(i / int(kStreets.size()) * 2 + 1)},
                   {QStringLiteral("cadastral_parcel"),
                    QStringLiteral("11002 A %1").arg(1000 + i)}});
        ++counts.premises;
        const int windows = 1 + int(random() % 5);
        for (int w = 0; w < windows; ++w) {
            cs.create(QStringLiteral("windows"), demoId(QStringLiteral("window/%1").arg(i), w),
                      {{QStringLiteral("premises_id"), premisesId},
                       {QStringLiteral("number"), QString::number(w + 1)},
                       {QStringLiteral("floor"), w < 3 ? QStringLiteral("gelijkvloers")
                                                       : QStringLiteral("eerste verdieping")}});
            ++counts.windows;
        }
    }
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return {};
}

} // namespace regie
