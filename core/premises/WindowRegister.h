#pragma once

#include "RegisterFindingText.h"
#include "common/Result.h"
#include "storage/WritePath.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace regie {

class Clock;
class Database;
class WritePath;

// One line of the police registration tool's outcome for a window and a period: a pseudonymous
// reference of the worker, whether the worker was registered and whether the police validated
// it. Nothing else about the worker is stored (issue 4 §7): no name, no national number, no copy
// of an identity document.
struct WindowRegistration
{
    QString id;
    QString premisesId;
    QString windowId;
    QString windowNumber;
    QDate from;
    QDate to;
    QString workerRef;
    bool registered = false;
    bool policeValidated = false;
    QString source; // e.g. "police export 2026-11"

    bool covers(const QDate& date) const { return from <= date && date <= to; }
};

// What an inspector saw at a window, checked against the register.
struct RegisterCheck
{
    bool conform = false;
    QString reason;   // why not: no entry, not registered, not validated by the police
    QString findingId; // the draft finding made for a discrepancy
    RegisterFindingText::Reason why; // the reason in machine form (shown with tr())
};

class WindowRegister
{
    Q_DECLARE_TR_FUNCTIONS(WindowRegister)

public:
    WindowRegister(Database& db, WritePath& writes, const Clock& clock)
        : m_db(db), m_writes(writes), m_clock(clock) {}

    // Refused: unknown premises or window number, a period that ends before it starts, a
    // reference that is not pseudonymous (it looks like a national register or BIS number, or
    // holds other characters than letters, digits, '-' and '_'), the same reference twice for an
    // overlapping period of the same window.
    Result<QString> record(const QString& premisesId, const QString& windowNumber,
                           const WindowRegistration& line);
    Result<QVector<WindowRegistration>> list(const QString& premisesId) const;
    // Corrects a stored line (period, reference, registered, validated, source) with the same
    // checks as record(); the window stays. Every changed field is in the change log.
    Result<Receipt> correct(const QString& lineId, const WindowRegistration& line);
    // Checks a worker met at a window during an inspection against the register on the
    // inspection's date; a discrepancy becomes a draft finding "worker not pre-registered".
    Result<RegisterCheck> checkAtInspection(const QString& inspectionId, const QString& windowNumber,
                                            const QString& workerRef);

    static std::optional<QString> pseudonymProblem(const QString& reference);
    // The period and the reference of a line, checked before anything is looked up.
    static std::optional<Error> lineProblem(const WindowRegistration& line);

private:
    Result<QString> windowId(const QString& premisesId, const QString& number) const;
    Result<void> checkOverlap(const QString& windowId, const QString& windowNumber,
                              const WindowRegistration& line, const QString& exceptId) const;

    Database& m_db;
    WritePath& m_writes;
    const Clock& m_clock;
};

} // namespace regie
