#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace regie {

// The why of a window-register discrepancy found at an inspection (WindowRegister::
// checkAtInspection) and the sentences made of it.
//
// The finding's description is stored in fixed English ("worker not pre-registered: no entry in
// the register for RT-4100 at window 1 on 2026-05-11"); it is synced and audited as it is. That
// sentence is the machine form: it is written only by core, never typed or edited, and its three
// shapes are recognised again here to show it in the user's language (context
// "RegisterFindingText"). Without a translator the shown text is the stored text, character for
// character (regie-cli, the tests). A description this class does not recognise (a finding of
// another item, a sentence of a future version) is shown as stored.
class RegisterFindingText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterFindingText)

public:
    enum class Rule {
        NoEntry,       // register.no-entry: no line for the worker at the window on the day
        NotRegistered, // register.not-registered: a line, but not registered
        NotValidated,  // register.not-validated: registered, but not validated by the police
    };
    struct Reason
    {
        Rule rule = Rule::NoEntry;
        QString worker; // the pseudonymous reference of the police registration tool
        QString window; // the window number
        QDate date;     // the inspection date (only for NoEntry)
    };

    static QString ruleId(Rule rule);

    // The stored English: the reason, and the finding's description made of it.
    static QString englishReason(const Reason& reason);
    static QString englishDescription(const Reason& reason);

    // The reason read back from a stored reason or description; nullopt if not one of ours.
    static std::optional<Reason> parseReason(const QString& text);
    static std::optional<Reason> parseDescription(const QString& description);

    // The sentences in the user's language (tr()).
    static QString reason(const Reason& reason);
    static QString description(const Reason& reason);

    // What to show for a stored finding: its description in the user's language when it is a
    // window-register finding we recognise, otherwise the description as stored.
    static QString shownDescription(const QString& itemCode, const QString& description);
    static QString itemCode();
    // A holder-sanction step opened from a finding keeps "<item code>: <description>" as its
    // note (HolderSanctionService::openFromFinding): the description part shown as above.
    static QString shownNote(const QString& note);
};

} // namespace regie
