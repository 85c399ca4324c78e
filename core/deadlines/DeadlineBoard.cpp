#include "DeadlineBoard.h"

#include "common/Clock.h"
#include "measures/MeasureRepository.h"
#include "measures/MeasureService.h"
#include "procedures/GasDossierClock.h"
#include "procedures/GasRepository.h"
#include "procedures/GasState.h"
#include "storage/Database.h"

#include <QHash>
#include <algorithm>

namespace regie {

namespace {

QString inList(const QStringList& values)
{
    return QStringLiteral("('") + values.join(QStringLiteral("', '")) + QStringLiteral("')");
}

// ISO text to a date without the general parser (the board reads many rows).
QDate isoDate(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() != 10)
        return {};
    const auto number = [&](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

DeadlineItem item(const QString& category, const QSqlQuery& q, const QString& procedure,
                  const QString& name, const QDate& date, const QString& party, const QDate& today)
{
    return DeadlineItem{category,
                        procedure,
                        q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        name,
                        date,
                        party,
                        int(today.daysTo(date)),
                        {}};
}

} // namespace

DeadlineBoard::DeadlineBoard(Database& db, const Clock& clock, RuleBook rules)
    : m_db(db), m_clock(clock), m_rules(std::move(rules))
{
}

Result<QVector<DeadlineItem>> DeadlineBoard::compute(const Options& options) const
{
    QVector<DeadlineItem> items;
    if (auto gas = addGas(options, items); !gas.ok())
        return gas.error();
    if (auto measures = addMeasures(options, items); !measures.ok())
        return measures.error();
    if (auto sanctions = addHolderSanctions(options, items); !sanctions.ok())
        return sanctions.error();
    std::sort(items.begin(), items.end(), [](const DeadlineItem& a, const DeadlineItem& b) {
        return a.date != b.date ? a.date < b.date : a.number < b.number;
    });
    if (options.derivations) {
        if (auto explained = explain(items); !explained.ok())
            return explained.error();
    }
    return items;
}

Result<void> DeadlineBoard::addGas(const Options& options, QVector<DeadlineItem>& items) const
{
    const QDate today = m_clock.today();
    const QDate weekEnd = today.addDays(6);
    const QDate dueDate = today.addDays(options.dueWithinDays);
    const QDate limitationDate = today.addDays(options.limitationLeadDays);
    const QString dueLimit = dueDate.toString(Qt::ISODate);
    const QString limitationLimit = limitationDate.toString(Qt::ISODate);
    QStringList before;
    for (const QString& state : GasState::open()) {
        if (GasState::beforeDecision(state))
            before << state;
    }
    const QString dueOrWeek = std::max(dueLimit, weekEnd.toString(Qt::ISODate));
    // "+state" keeps the state index out: half the table is open, a scan is three times faster.
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, number, state, next_deadline, next_deadline_name, "
                       "next_deadline_party, limitation_date FROM gas_dossiers "
                       "WHERE deleted = 0 AND +state IN %1 AND (next_deadline <= ? OR "
                       "(state IN %2 AND limitation_date <= ?))")
            .arg(inList(GasState::open()), inList(before)));
    q.addBindValue(dueOrWeek);
    q.addBindValue(limitationLimit);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("deadline board"));
    const QString gas = QStringLiteral("gas-fine");
    while (q.next()) {
        const QDate next = isoDate(q.value(3));
        const QString name = q.value(4).toString();
        const bool hearing = name == QLatin1String("hearing") && next >= today && next <= weekEnd;
        if (next.isValid() && (hearing || next <= dueDate)) {
            const QString category = hearing        ? QStringLiteral("hearing")
                                     : next < today ? QStringLiteral("overdue")
                                                    : QStringLiteral("due");
            items.append(item(category, q, gas, name, next, q.value(5).toString(), today));
        }
        const QDate limitation = isoDate(q.value(6));
        if (limitation.isValid() && limitation <= limitationDate &&
            GasState::beforeDecision(q.value(2).toString()))
            items.append(item(
                limitation < today ? QStringLiteral("overdue") : QStringLiteral("limitation"), q,
                gas, QStringLiteral("limitation"), limitation, QStringLiteral("city"), today));
    }
    return {};
}

Result<void> DeadlineBoard::addMeasures(const Options& options, QVector<DeadlineItem>& items) const
{
    const QDate today = m_clock.today();
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, number, state, end_date, kind FROM measures WHERE deleted = 0 AND "
        "state = 'in-force' AND end_date >= ? AND end_date <= ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(today.addDays(options.dueWithinDays).toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("deadline board"));
    while (q.next()) {
        const QString kind = q.value(4).toString();
        const QString name = kind == QLatin1String("place-ban") ? QStringLiteral("banEnd")
                             : kind == QLatin1String("hearing-order")
                                 ? QStringLiteral("orderEnd")
                                 : QStringLiteral("closureEnd");
        items.append(item(QStringLiteral("measure-expiry"), q, kind, name, isoDate(q.value(3)),
                          QStringLiteral("city"), today));
    }
    return {};
}

QJsonObject DeadlineBoard::toJson(const DeadlineItem& it)
{
    return {{"category", it.category},
            {"procedure", it.procedure},
            {"id", it.id},
            {"number", it.number},
            {"state", it.state},
            {"name", it.name},
            {"date", it.date.toString(Qt::ISODate)},
            {"party", it.party},
            {"daysLeft", it.daysLeft},
            {"derivation", it.derivation}};
}

Result<void> DeadlineBoard::explain(QVector<DeadlineItem>& items) const
{
    GasRepository gas(m_db);
    MeasureRepository measures(m_db);
    QHash<QString, ClockReport> reports;
    for (DeadlineItem& it : items) {
        if (it.procedure == QLatin1String("certificate-sanction"))
            continue; // explained when added
        auto cached = reports.find(it.id);
        if (cached == reports.end()) {
            Result<ClockReport> report = makeError(ErrorCode::NotFound, it.id);
            if (it.procedure == QLatin1String("gas-fine")) {
                auto dossier = gas.get(it.id);
                auto events = gas.events(it.id);
                if (!dossier.ok() || !events.ok())
                    return dossier.ok() ? events.error() : dossier.error();
                report = GasDossierClock(*dossier, *events).evaluate(m_rules);
            } else {
                auto measure = measures.get(it.id);
                auto events = measures.events(it.id);
                if (!measure.ok() || !events.ok())
                    return measure.ok() ? events.error() : measure.error();
                report = MeasureService::clockOf(*measure, *events, m_rules);
            }
            if (!report.ok())
                return report.error();
            cached = reports.insert(it.id, *report);
        }
        if (const auto* deadline = cached->deadline(it.name))
            it.derivation = deadline->date.derivation;
    }
    return {};
}

} // namespace regie
