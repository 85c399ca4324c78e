#include "WindowRegister.h"

#include "identifiers/BisNumber.h"
#include "identifiers/NationalNumber.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"
#include "storage/WritePath.h"

#include <QRegularExpression>

namespace regie {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

Error invalid(const QString& field, const QString& message)
{
    return makeError(ErrorCode::Validation, message, field);
}

} // namespace

std::optional<QString> WindowRegister::pseudonymProblem(const QString& reference)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]{4,40}$"));
    if (!allowed.match(reference).hasMatch())
        return tr("a pseudonymous reference has 4 to 40 letters, digits, '-' or '_'");
    if (NationalNumber::check(reference).valid || BisNumber::check(reference).valid)
        return tr("this looks like a national register or BIS number: store only the "
                  "pseudonymous reference of the police registration tool");
    return std::nullopt;
}

Result<QString> WindowRegister::windowId(const QString& premisesId, const QString& number) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT id FROM windows WHERE premises_id = ? AND number = ? AND deleted = 0"));
    q.addBindValue(premisesId);
    q.addBindValue(number);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("window"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("premises %1 has no window %2").arg(premisesId, number),
                         QStringLiteral("window"));
    }
    const QString id = q.value(0).toString();
    q.finish();
    return id;
}

// The period and the reference: checked before anything is looked up.
std::optional<Error> WindowRegister::lineProblem(const WindowRegistration& line)
{
    if (!line.from.isValid() || !line.to.isValid())
        return invalid(QStringLiteral("period"), tr("the period needs a first and a last day"));
    if (line.to < line.from)
        return invalid(
            QStringLiteral("period"),
            tr("the period ends on %1, before it starts on %2").arg(iso(line.to), iso(line.from)));
    if (auto problem = pseudonymProblem(line.workerRef))
        return invalid(QStringLiteral("reference"), *problem);
    return std::nullopt;
}

Result<void> WindowRegister::checkOverlap(const QString& windowId, const QString& windowNumber,
                                          const WindowRegistration& line,
                                          const QString& exceptId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT period_start, period_end FROM window_registrations WHERE window_id = ? AND "
        "worker_ref = ? AND deleted = 0 AND period_start <= ? AND period_end >= ? AND id <> ?"));
    q.addBindValue(windowId);
    q.addBindValue(line.workerRef);
    q.addBindValue(iso(line.to));
    q.addBindValue(iso(line.from));
    q.addBindValue(exceptId.isNull() ? QStringLiteral("") : exceptId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("window register"));
    if (q.next()) {
        const QString other = q.value(0).toString() + QStringLiteral("..") + q.value(1).toString();
        q.finish();
        return invalid(QStringLiteral("period"),
                       tr("reference %1 is already registered for window %2 in %3")
                           .arg(line.workerRef, windowNumber, other));
    }
    q.finish();
    return {};
}

Result<QString> WindowRegister::record(const QString& premisesId, const QString& windowNumber,
                                       const WindowRegistration& line)
{
    if (auto problem = lineProblem(line))
        return *problem;
    auto window = windowId(premisesId, windowNumber);
    if (!window.ok())
        return window.error();
    if (auto free = checkOverlap(window.value(), windowNumber, line, {}); !free.ok())
        return free.error();
    ChangeSet cs(QStringLiteral("window-register.record"));
    const QString id = cs.create(QStringLiteral("window_registrations"),
                                 {{QStringLiteral("window_id"), window.value()},
                                  {QStringLiteral("period_start"), iso(line.from)},
                                  {QStringLiteral("period_end"), iso(line.to)},
                                  {QStringLiteral("worker_ref"), line.workerRef},
                                  {QStringLiteral("registered"), line.registered},
                                  {QStringLiteral("police_validated"), line.policeValidated},
                                  {QStringLiteral("source"), line.source}});
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return id;
}

Result<Receipt> WindowRegister::correct(const QString& lineId, const WindowRegistration& line)
{
    if (auto problem = lineProblem(line))
        return *problem;
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.window_id, w.number FROM window_registrations r JOIN windows w ON "
        "w.id = r.window_id WHERE r.id = ? AND r.deleted = 0"));
    q.addBindValue(lineId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("window register"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no line %1 in the window register").arg(lineId),
                         QStringLiteral("line"));
    }
    const QString window = q.value(0).toString();
    const QString windowNumber = q.value(1).toString();
    q.finish();
    if (auto free = checkOverlap(window, windowNumber, line, lineId); !free.ok())
        return free.error();
    ChangeSet cs(QStringLiteral("window-register.correct"));
    cs.set(QStringLiteral("window_registrations"), lineId,
           {{QStringLiteral("period_start"), iso(line.from)},
            {QStringLiteral("period_end"), iso(line.to)},
            {QStringLiteral("worker_ref"), line.workerRef},
            {QStringLiteral("registered"), line.registered},
            {QStringLiteral("police_validated"), line.policeValidated},
            {QStringLiteral("source"), line.source}});
    return m_writes.apply(cs);
}

Result<QVector<WindowRegistration>> WindowRegister::list(const QString& premisesId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT r.id, w.premises_id, r.window_id, w.number, r.period_start, r.period_end, "
        "r.worker_ref, r.registered, r.police_validated, r.source FROM window_registrations r "
        "JOIN windows w ON w.id = r.window_id WHERE r.deleted = 0 AND w.premises_id = ? "
        "ORDER BY w.number, r.period_start"));
    q.addBindValue(premisesId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("window register"));
    QVector<WindowRegistration> lines;
    while (q.next()) {
        WindowRegistration r;
        r.id = q.value(0).toString();
        r.premisesId = q.value(1).toString();
        r.windowId = q.value(2).toString();
        r.windowNumber = q.value(3).toString();
        r.from = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.to = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.workerRef = q.value(6).toString();
        r.registered = q.value(7).toBool();
        r.policeValidated = q.value(8).toBool();
        r.source = q.value(9).toString();
        lines << r;
    }
    q.finish();
    return lines;
}

Result<RegisterCheck> WindowRegister::checkAtInspection(const QString& inspectionId,
                                                        const QString& windowNumber,
                                                        const QString& workerRef)
{
    if (auto problem = pseudonymProblem(workerRef))
        return invalid(QStringLiteral("reference"), *problem);
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "SELECT premises_id, inspection_date FROM inspections WHERE id = ? AND deleted = 0"));
    q.addBindValue(inspectionId);
    if (!q.exec())
        return Database::errorOf(q, QStringLiteral("inspection"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, QStringLiteral("no inspection %1").arg(inspectionId),
                         QStringLiteral("inspection"));
    }
    const QString premisesId = q.value(0).toString();
    const QDate date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    q.finish();
    auto window = windowId(premisesId, windowNumber);
    if (!window.ok())
        return window.error();
    auto lines = list(premisesId);
    if (!lines.ok())
        return lines.error();
    RegisterCheck check;
    check.why = {RegisterFindingText::Rule::NoEntry, workerRef, windowNumber, date};
    for (const WindowRegistration& r : lines.value()) {
        if (r.windowId != window.value() || r.workerRef != workerRef || !r.covers(date))
            continue;
        if (!r.registered)
            check.why = {RegisterFindingText::Rule::NotRegistered, workerRef, windowNumber, {}};
        else if (!r.policeValidated)
            check.why = {RegisterFindingText::Rule::NotValidated, workerRef, windowNumber, {}};
        else
            check.conform = true;
        break;
    }
    if (check.conform)
        return RegisterCheck{true, {}, {}, {}};
    check.reason = RegisterFindingText::englishReason(check.why);
    ChangeSet cs(QStringLiteral("inspection.finding"));
    check.findingId = cs.create(
        QStringLiteral("findings"),
        {{QStringLiteral("inspection_id"), inspectionId},
         {QStringLiteral("premises_id"), premisesId},
         {QStringLiteral("item_code"), RegisterFindingText::itemCode()},
         {QStringLiteral("window_number"), windowNumber},
         {QStringLiteral("description"), RegisterFindingText::englishDescription(check.why)},
         {QStringLiteral("status"), QStringLiteral("draft")}});
    auto applied = m_writes.apply(cs);
    if (!applied.ok())
        return applied.error();
    return check;
}

} // namespace regie
