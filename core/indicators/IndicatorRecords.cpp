#include "IndicatorRecords.h"

#include "common/Clock.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QSqlQuery>

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Error invalid(const QString& detail, const QString& field)
{
    return makeError(ErrorCode::Validation, detail, field);
}

Result<void> checkPeriod(const Period& p)
{
    if (!p.from.isValid() || !p.to.isValid())
        return invalid(QStringLiteral("the period needs a start and an end date"),
                       QStringLiteral("period"));
    if (p.from > p.to)
        return invalid(QStringLiteral("the period ends (%1) before it starts (%2)")
                           .arg(iso(p.to), iso(p.from)),
                       QStringLiteral("period"));
    return {};
}

Result<void> checkChoice(const QString& value, const QStringList& allowed, const QString& field)
{
    if (allowed.contains(value))
        return {};
    return invalid(QStringLiteral("'%1' is not a known %2 (%3)")
                       .arg(value, field, allowed.join(QStringLiteral(", "))),
                   field);
}

} // namespace

QStringList IndicatorRecords::meetingTypes()
{
    return {QStringLiteral("safety-partners"), QStringLiteral("care-partners"),
            QStringLiteral("intersectoral"),   QStringLiteral("owners"),
            QStringLiteral("core-group"),      QStringLiteral("enforcement-partners"),
            QStringLiteral("police-actors"),   QStringLiteral("reporting")};
}

QStringList IndicatorRecords::noteKinds()
{
    return {QStringLiteral("policy-note"), QStringLiteral("signal-note"),
            QStringLiteral("covenant"), QStringLiteral("report"), QStringLiteral("explanation")};
}

QStringList IndicatorRecords::branches()
{
    return {QStringLiteral("window"),
            QStringLiteral("street"),
            QStringLiteral("strip-club"),
            QStringLiteral("escort"),
            QStringLiteral("private-reception"),
            QStringLiteral("home-reception"),
            QStringLiteral("massage"),
            QStringLiteral("other")};
}

QStringList IndicatorRecords::branchFields()
{
    return {QStringLiteral("establishments"),
            QStringLiteral("controls"),
            QStringLiteral("establishments_checked"),
            QStringLiteral("persons_checked"),
            QStringLiteral("reports_pv"),
            QStringLiteral("rir"),
            QStringLiteral("information_reports"),
            QStringLiteral("administrative_arrests"),
            QStringLiteral("judicial_arrests")};
}

Result<void> IndicatorRecords::checkPastDate(const QDate& date, const QString& field) const
{
    if (!date.isValid())
        return invalid(QStringLiteral("%1 is missing or not a date").arg(field), field);
    if (date > m_clock.today())
        return invalid(QStringLiteral("%1 %2 lies in the future: record it once it has happened")
                           .arg(field, iso(date)),
                       field);
    return {};
}

Result<bool> IndicatorRecords::overlaps(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery& q = m_db.prepared(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("overlap"));
    const bool found = q.next();
    q.finish();
    return found;
}

Result<QString> IndicatorRecords::addMeeting(const Meeting& m)
{
    if (auto ok = checkChoice(m.type, meetingTypes(), QStringLiteral("type")); !ok)
        return ok.error();
    if (auto ok = checkPastDate(m.date, QStringLiteral("date")); !ok)
        return ok.error();
    ChangeSet cs(QStringLiteral("meeting.add"));
    const QString id = cs.create(QStringLiteral("meetings"),
                                 {{QStringLiteral("type"), m.type},
                                  {QStringLiteral("meeting_date"), iso(m.date)},
                                  {QStringLiteral("title"), m.title.simplified()},
                                  {QStringLiteral("participants"), m.participants.simplified()},
                                  {QStringLiteral("notes"), m.notes}});
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return id;
}

Result<QString> IndicatorRecords::addNote(const PolicyNote& n)
{
    if (auto ok = checkChoice(n.kind, noteKinds(), QStringLiteral("kind")); !ok)
        return ok.error();
    if (auto ok = checkPastDate(n.date, QStringLiteral("date")); !ok)
        return ok.error();
    if (n.title.simplified().isEmpty())
        return invalid(QStringLiteral("title is empty"), QStringLiteral("title"));
    ChangeSet cs(QStringLiteral("policy-note.add"));
    const QString id = cs.create(QStringLiteral("policy_notes"),
                                 {{QStringLiteral("kind"), n.kind},
                                  {QStringLiteral("note_date"), iso(n.date)},
                                  {QStringLiteral("title"), n.title.simplified()},
                                  {QStringLiteral("reference"), n.reference.simplified()}});
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return id;
}

Result<QString> IndicatorRecords::addBranchCount(const BranchCount& c)
{
    if (auto ok = checkChoice(c.branch, branches(), QStringLiteral("branch")); !ok)
        return ok.error();
    if (auto ok = checkPeriod(c.period); !ok)
        return ok.error();
    if (c.source.simplified().isEmpty())
        return invalid(QStringLiteral("source is empty: name who counted"),
                       QStringLiteral("source"));
    if (auto ok = checkPastDate(c.sourceDate, QStringLiteral("source-date")); !ok)
        return ok.error();
    QVariantMap fields{{QStringLiteral("period_start"), iso(c.period.from)},
                       {QStringLiteral("period_end"), iso(c.period.to)},
                       {QStringLiteral("branch"), c.branch},
                       {QStringLiteral("source"), c.source.simplified()},
                       {QStringLiteral("source_date"), iso(c.sourceDate)}};
    for (auto it = c.counts.cbegin(); it != c.counts.cend(); ++it) {
        if (!branchFields().contains(it.key()))
            return checkChoice(it.key(), branchFields(), QStringLiteral("count")).error();
        if (it.value() < 0)
            return invalid(QStringLiteral("%1 is negative (%2)").arg(it.key()).arg(it.value()),
                           it.key());
        fields.insert(it.key(), it.value());
    }
    auto clash = overlaps(QStringLiteral("SELECT 1 FROM branch_counts WHERE deleted = 0 AND "
                                         "branch = ? AND period_start <= ? AND period_end >= ?"),
                          {c.branch, iso(c.period.to), iso(c.period.from)});
    if (!clash)
        return clash.error();
    if (clash.value())
        return invalid(QStringLiteral("branch %1 already has counts for a period overlapping %2 "
                                      "to %3")
                           .arg(c.branch, iso(c.period.from), iso(c.period.to)),
                       QStringLiteral("period"));
    ChangeSet cs(QStringLiteral("branch-count.add"));
    const QString id = cs.create(QStringLiteral("branch_counts"), fields);
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return id;
}

Result<QString> IndicatorRecords::addFigure(const IndicatorCatalogue& catalogue,
                                            const IndicatorFigure& f)
{
    const IndicatorDefinition* d = catalogue.find(f.indicatorKey);
    if (!d)
        return makeError(ErrorCode::NotFound, QStringLiteral("no indicator %1").arg(f.indicatorKey),
                         QStringLiteral("indicator"));
    if (d->kind != IndicatorKind::Entered)
        return invalid(QStringLiteral("indicator %1 is %2, not entered: Regie counts it itself")
                           .arg(f.indicatorKey, d->kind),
                       QStringLiteral("indicator"));
    if (auto ok = checkPeriod(f.period); !ok)
        return ok.error();
    if (f.value < 0)
        return invalid(QStringLiteral("value %1 is negative").arg(f.value),
                       QStringLiteral("value"));
    if (f.source.simplified().isEmpty())
        return invalid(QStringLiteral("source is empty: name the partner and document"),
                       QStringLiteral("source"));
    if (auto ok = checkPastDate(f.sourceDate, QStringLiteral("source-date")); !ok)
        return ok.error();
    auto clash = overlaps(QStringLiteral("SELECT 1 FROM indicator_figures WHERE deleted = 0 AND "
                                         "indicator_key = ? AND period_start <= ? AND "
                                         "period_end >= ?"),
                          {f.indicatorKey, iso(f.period.to), iso(f.period.from)});
    if (!clash)
        return clash.error();
    if (clash.value())
        return invalid(QStringLiteral("indicator %1 already has a figure for a period overlapping "
                                      "%2 to %3")
                           .arg(f.indicatorKey, iso(f.period.from), iso(f.period.to)),
                       QStringLiteral("period"));
    ChangeSet cs(QStringLiteral("indicator-figure.add"));
    const QString id = cs.create(QStringLiteral("indicator_figures"),
                                 {{QStringLiteral("indicator_key"), f.indicatorKey},
                                  {QStringLiteral("period_start"), iso(f.period.from)},
                                  {QStringLiteral("period_end"), iso(f.period.to)},
                                  {QStringLiteral("value"), f.value},
                                  {QStringLiteral("source"), f.source.simplified()},
                                  {QStringLiteral("source_date"), iso(f.sourceDate)},
                                  {QStringLiteral("note"), f.note}});
    if (auto applied = m_writes.apply(cs); !applied)
        return applied.error();
    return id;
}

Result<QVector<Meeting>> IndicatorRecords::meetings(const Period& p) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, type, meeting_date, title, participants, notes FROM meetings WHERE deleted = "
        "0 AND meeting_date >= ? AND meeting_date <= ? ORDER BY meeting_date, type"));
    q.addBindValue(iso(p.from));
    q.addBindValue(iso(p.to));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("meetings"));
    QVector<Meeting> result;
    while (q.next())
        result << Meeting{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return result;
}

Result<QVector<PolicyNote>> IndicatorRecords::notes(const Period& p) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, kind, note_date, title, reference FROM policy_notes WHERE deleted = 0 AND "
        "note_date >= ? AND note_date <= ? ORDER BY note_date, kind"));
    q.addBindValue(iso(p.from));
    q.addBindValue(iso(p.to));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("policy_notes"));
    QVector<PolicyNote> result;
    while (q.next())
        result << PolicyNote{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                             q.value(3).toString(), q.value(4).toString()};
    return result;
}

Result<QVector<BranchCount>> IndicatorRecords::branchCounts(const Period& p) const
{
    const QString fields = branchFields().join(QStringLiteral(", "));
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT id, period_start, period_end, branch, source, source_date, %1 FROM "
                       "branch_counts WHERE deleted = 0 AND period_start >= ? AND period_end <= "
                       "? ORDER BY period_start, branch")
            .arg(fields));
    q.addBindValue(iso(p.from));
    q.addBindValue(iso(p.to));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("branch_counts"));
    QVector<BranchCount> result;
    while (q.next()) {
        BranchCount c{q.value(0).toString(), {dateOf(q.value(1)), dateOf(q.value(2))},
                      q.value(3).toString(), {},
                      q.value(4).toString(), dateOf(q.value(5))};
        for (int i = 0; i < branchFields().size(); ++i)
            c.counts.insert(branchFields().at(i), q.value(6 + i).toInt());
        result << c;
    }
    return result;
}

Result<QVector<IndicatorFigure>> IndicatorRecords::figures(const Period& p) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id, indicator_key, period_start, period_end, value, source, source_date, note "
        "FROM indicator_figures WHERE deleted = 0 AND period_start >= ? AND period_end <= ? "
        "ORDER BY indicator_key, period_start"));
    q.addBindValue(iso(p.from));
    q.addBindValue(iso(p.to));
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("indicator_figures"));
    QVector<IndicatorFigure> result;
    while (q.next())
        result << IndicatorFigure{
            q.value(0).toString(), q.value(1).toString(), {dateOf(q.value(2)), dateOf(q.value(3))},
            q.value(4).toDouble(), q.value(5).toString(), dateOf(q.value(6)),
            q.value(7).toString()};
    return result;
}

} // namespace regie
