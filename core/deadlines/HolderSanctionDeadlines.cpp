// The deadline board's rows for sanctions against certificate holders (domain-rules.md §3).
#include "DeadlineBoard.h"

#include "common/Clock.h"
#include "sanctions/HolderSanctionRepository.h"

namespace regie {

Result<void> DeadlineBoard::addHolderSanctions(const Options& options,
                                               QVector<DeadlineItem>& items) const
{
    const QDate today = m_clock.today();
    const QDate horizon = today.addDays(options.dueWithinDays);
    auto dossiers = HolderSanctionRepository(m_db).list();
    if (!dossiers.ok())
        return dossiers.error();
    int appealDays = 60;
    if (auto set = m_rules.forProcedure(ProcedureKind::CertificateSanction, today); set.ok()) {
        if (auto days = set->integer(QStringLiteral("councilOfStateAppealDays")); days.ok())
            appealDays = days.value();
    }
    const QString procedure = QStringLiteral("certificate-sanction");
    for (const HolderSanction& d : dossiers.value()) {
        const HolderSanctionEvent* decision = d.last(QStringLiteral("decision"));
        if (!decision)
            continue;
        const HolderSanctionState state = HolderSanctionState::of(d, appealDays);
        const auto add = [&](const QString& category, const QString& name, const QDate& date,
                             const QString& party, const QString& derivation) {
            items.append(DeadlineItem{category, procedure, d.id, d.number, state.phase, name, date,
                                      party, int(today.daysTo(date)), derivation});
        };
        const QString decided = tr("college decision of %1: %2")
                                    .arg(decision->date.toString(Qt::ISODate), decision->decision);
        if (state.appealDeadline.isValid() && state.phase == QLatin1String("decided") &&
            state.appealDeadline >= today && state.appealDeadline <= horizon)
            add(QStringLiteral("due"), QStringLiteral("councilOfStateAppeal"),
                state.appealDeadline, QStringLiteral("citizen"), state.appealDerivation);
        if (decision->start.isValid() && decision->start >= today && decision->start <= horizon)
            add(QStringLiteral("due"), QStringLiteral("sanctionStart"), decision->start,
                QStringLiteral("city"),
                decided + QStringLiteral(", ") +
                    tr("from %1 (execution control with the police)")
                        .arg(decision->start.toString(Qt::ISODate)));
        if (decision->end.isValid() && decision->end >= today && decision->end <= horizon)
            add(QStringLiteral("measure-expiry"), QStringLiteral("sanctionEnd"), decision->end,
                QStringLiteral("city"),
                decided + QStringLiteral(", ") +
                    tr("last day %1").arg(decision->end.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace regie
