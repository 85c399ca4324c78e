#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace regie {

// How an indicator gets its value for a period.
//   computed: counted from Regie's own records (GAS dossiers, measures, inspections, meetings ...)
//   entered:  a partner's figure entered per period, with its source and date
//   imported: aggregates of the yearly minimum-format registration files (actions 3.1, 3.2)
namespace IndicatorKind {
inline const QString Computed = QStringLiteral("computed");
inline const QString Entered = QStringLiteral("entered");
inline const QString Imported = QStringLiteral("imported");
} // namespace IndicatorKind

// One measurement result of the action plan ("meetresultaat"), or one part of it when the plan
// names several numbers in one sentence. `result` is the plan's own text; `key` is stable
// ("2.2.gas-fines-client") and is what rounds, entered figures and exports refer to.
struct IndicatorDefinition
{
    QString key;
    QString ficheCode; // "2.3"
    QString result;    // the seed plan's measurement result, verbatim (Dutch)
    QString kind;      // IndicatorKind
    QString labelNl;
    QString labelEn;
    QString definitionNl;
    QString definitionEn;
    QString query;       // computed/imported: which count (see IndicatorEngine)
    QVariantMap params;  // the count's parameters (role, kind, type, measure, organisation ...)
    QString aggregation; // sum (default) or latest, for entered figures

    // The label and definition in a language ("nl" or anything else for English).
    QString label(const QString& language) const;
    QString definition(const QString& language) const;
};

// The indicators of a plan, loaded from resources/seed/indicators-<plan>.json, in plan order.
class IndicatorCatalogue
{
public:
    static Result<IndicatorCatalogue> loadDefault();
    static Result<IndicatorCatalogue> fromJson(const QByteArray& json);

    const QVector<IndicatorDefinition>& all() const { return m_items; }
    const IndicatorDefinition* find(const QString& key) const;
    QVector<IndicatorDefinition> ofFiche(const QString& ficheCode) const;
    QStringList ficheCodes() const;

private:
    QVector<IndicatorDefinition> m_items;
};

} // namespace regie
