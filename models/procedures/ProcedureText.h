#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace regie {

// The words users read for the machine names of the procedures: states, deadline names, event
// types, measure kinds, board categories. Unknown names come back unchanged, so a name added in
// core later still shows (untranslated) rather than vanishing.
class ProcedureText
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureText)

public:
    static QString state(const QString& state);
    static QString deadline(const QString& name);
    static QString event(const QString& type);
    // gas-fine, place-ban, closure-trafficking, closure-public-order, hearing-order
    static QString procedure(const QString& kind);
    static QString measureState(const QString& state);
    // Phase of a sanction procedure against a certificate holder (HolderSanctionState::phase).
    static QString sanctionPhase(const QString& phase);
    // overdue, due, limitation, hearing, measure-expiry
    static QString category(const QString& category);
    static QString party(const QString& party);
    // A decision's or judgment's outcome: fine, no-fine, mediation, community-service,
    // confirmed, reduced, annulled.
    static QString outcome(const QString& outcome);
    // "di 12 mei 2026" in Dutch: the locale's day name, day, month name and year.
    static QString longDate(const QDate& date);
    // The locale's short date with a four-digit year.
    static QString shortDate(const QDate& date);
    // "€ 150,00" in the current locale.
    static QString money(double amount);
};

} // namespace regie
