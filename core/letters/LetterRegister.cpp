// LetterService, second half: the registered-letter register (posting, receipt, return) and
// the notification date it proves (domain-rules.md §1, Judicial Code art. 53bis).
#include "LetterService.h"
#include "RegisteredPost.h"
#include "calendar/CalendarText.h"
#include "common/Clock.h"
#include "procedures/GasService.h"
#include "storage/ChangeSet.h"
#include "storage/WritePath.h"

namespace regie {

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

Error refused(const QString& rule, const QString& message)
{
    return GasService::refusal(rule, message);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(iso(date)) : QVariant();
}

} // namespace

Result<Letter> LetterService::registeredLetter(const QString& letterId) const
{
    auto letter = m_repo.get(letterId);
    if (!letter.ok())
        return letter.error();
    if (!letter->registered)
        return refused(u"not-registered"_s,
                       tr("letter %1 (%2) is sent by ordinary post and has no place in the "
                          "register")
                           .arg(letterId, letter->templateId));
    return letter;
}

Result<void> LetterService::recordOnClock(const Letter& letter, const QString& type,
                                          const QDate& date, QStringList& warnings)
{
    auto events = m_gas.repository().events(letter.dossierId);
    if (!events.ok())
        return events.error();
    for (const GasEvent& event : *events) {
        if (event.type == type && event.date == date)
            return {}; // already on the clock (recorded with `gas event`)
    }
    GasEventInput input;
    input.type = type;
    input.date = date;
    input.note = u"letter %1"_s.arg(letter.id);
    auto recorded = m_gas.record(letter.dossierId, input);
    if (!recorded.ok())
        return recorded.error();
    warnings << recorded->warnings;
    return {};
}

Result<Letter> LetterService::saveRegister(const Letter& letter, const QString& action)
{
    // notified_how is stored (and synced): it stays in English whatever the user's language.
    const CalendarText::EnglishScope english;
    const DerivedDate notified =
        RegisteredPost::notification(letter.postedDate, letter.receivedDate, letter.returnedReason);
    Letter saved = letter;
    saved.notifiedDate = notified.date;
    saved.notifiedHow = notified.derivation;
    ChangeSet changes(u"letter register: %1 %2"_s.arg(action, letter.dossierNumber));
    changes.set(u"letters"_s, letter.id,
                {{u"posted_date"_s, dateOrNull(saved.postedDate)},
                 {u"tracking"_s, saved.tracking},
                 {u"received_date"_s, dateOrNull(saved.receivedDate)},
                 {u"returned_reason"_s, saved.returnedReason},
                 {u"returned_date"_s, dateOrNull(saved.returnedDate)},
                 {u"notified_date"_s, dateOrNull(saved.notifiedDate)},
                 {u"notified_how"_s, saved.notifiedHow}});
    if (auto applied = m_writes.apply(changes); !applied.ok())
        return applied.error();
    return saved;
}

Result<LetterOutcome> LetterService::post(const QString& letterId, const QDate& posted,
                                          const QString& tracking)
{
    auto letter = registeredLetter(letterId);
    if (!letter.ok())
        return letter.error();
    if (letter->postedDate.isValid())
        return refused(u"already-posted"_s,
                       tr("letter %1 was posted on %2; a new posting is a new letter")
                           .arg(letterId, iso(letter->postedDate)));
    if (!posted.isValid())
        return makeError(ErrorCode::Validation, tr("posting date is required (YYYY-MM-DD)"),
                         u"date"_s);
    if (posted > m_clock.today() || posted < letter->created.toLocalTime().date())
        return refused(
            u"posting-date"_s,
            tr("posting on %1 must lie between the letter's date %2 and today %3")
                .arg(iso(posted), iso(letter->created.toLocalTime().date()), iso(m_clock.today())));
    auto code = RegisteredPost::checkTracking(tracking);
    if (!code.ok())
        return code.error();
    LetterOutcome outcome{*letter, {}};
    if (!code->warning.isEmpty())
        outcome.warnings << u"tracking: "_s + code->warning;
    auto letterTemplate = templateFor(*letter);
    if (!letterTemplate.ok())
        return letterTemplate.error();
    if (letterTemplate->notifies == u"start-letter"_s) {
        if (auto r = recordOnClock(*letter, u"start-letter-posted"_s, posted, outcome.warnings);
            !r.ok())
            return r.error();
    } else if (letterTemplate->notifies == u"decision"_s) {
        auto dossier = m_gas.repository().get(letter->dossierId);
        if (!dossier.ok())
            return dossier.error();
        const QDate decided = dossier->decisionDate;
        if (!decided.isValid())
            return refused(u"decision-not-recorded"_s,
                           tr("record the decision first (gas event --type decision-posted)"));
        if (decided != posted)
            return refused(u"posting-date-differs"_s,
                           tr("the decision is recorded as posted on %1; the decision letter must "
                              "carry that posting date, not %2")
                               .arg(iso(decided), iso(posted)));
    }
    outcome.letter.postedDate = posted;
    outcome.letter.tracking = code->code;
    auto saved = saveRegister(outcome.letter, u"posted"_s);
    if (!saved.ok())
        return saved.error();
    outcome.letter = *saved;
    return outcome;
}

Result<LetterOutcome> LetterService::receipt(const QString& letterId, const QDate& received)
{
    auto letter = registeredLetter(letterId);
    if (!letter.ok())
        return letter.error();
    if (!letter->postedDate.isValid())
        return refused(u"not-posted"_s, tr("letter %1 has no posting date yet").arg(letterId));
    if (!received.isValid())
        return makeError(ErrorCode::Validation, tr("receipt date is required (YYYY-MM-DD)"),
                         u"date"_s);
    if (letter->receivedDate.isValid() || !letter->returnedReason.isEmpty())
        return refused(
            u"already-delivered"_s,
            letter->receivedDate.isValid()
                ? tr("letter %1 already has a receipt on %2")
                      .arg(letterId, iso(letter->receivedDate))
                : tr("letter %1 already has a return (%2)").arg(letterId, letter->returnedReason));
    if (received < letter->postedDate || received > m_clock.today())
        return refused(u"receipt-date"_s,
                       tr("receipt on %1 must lie between the posting on %2 and today %3")
                           .arg(iso(received), iso(letter->postedDate), iso(m_clock.today())));
    LetterOutcome outcome{*letter, {}};
    auto letterTemplate = templateFor(*letter);
    if (!letterTemplate.ok())
        return letterTemplate.error();
    const QString& notifies = letterTemplate->notifies;
    const QString type = notifies == u"start-letter"_s ? u"start-letter-received"_s
                         : notifies == u"decision"_s   ? u"decision-received"_s
                                                       : QString();
    if (!type.isEmpty()) {
        if (auto r = recordOnClock(*letter, type, received, outcome.warnings); !r.ok())
            return r.error();
    }
    outcome.letter.receivedDate = received;
    auto saved = saveRegister(outcome.letter, u"received"_s);
    if (!saved.ok())
        return saved.error();
    outcome.letter = *saved;
    return outcome;
}

Result<LetterOutcome> LetterService::returned(const QString& letterId, const QString& reason,
                                              const QDate& date)
{
    auto letter = registeredLetter(letterId);
    if (!letter.ok())
        return letter.error();
    if (!letter->postedDate.isValid())
        return refused(u"not-posted"_s, tr("letter %1 has no posting date yet").arg(letterId));
    if (!RegisteredPost::returnReasons().contains(reason))
        return makeError(ErrorCode::Validation,
                         tr("return reason '%1' is not one of %2")
                             .arg(reason, RegisteredPost::returnReasons().join(u", "_s)),
                         u"returned"_s);
    if (letter->receivedDate.isValid() || !letter->returnedReason.isEmpty())
        return refused(u"already-delivered"_s,
                       tr("letter %1 already has a receipt or a return").arg(letterId));
    if (date.isValid() && (date < letter->postedDate || date > m_clock.today()))
        return refused(u"return-date"_s,
                       tr("return on %1 must lie between the posting on %2 and today %3")
                           .arg(iso(date), iso(letter->postedDate), iso(m_clock.today())));
    LetterOutcome outcome{*letter, {}};
    outcome.letter.returnedReason = reason;
    outcome.letter.returnedDate = date;
    auto saved = saveRegister(outcome.letter, u"returned"_s);
    if (!saved.ok())
        return saved.error();
    outcome.letter = *saved;
    return outcome;
}

} // namespace regie
