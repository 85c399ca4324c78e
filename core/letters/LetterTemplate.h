#pragma once

#include <QString>
#include <QStringList>

namespace regie {

// One version of a letter template (resources/letters/index.json). A changed text is a new
// version in a new file; old versions stay so that a stored letter can be rendered again.
struct LetterTemplate
{
    QString id;      // "gas-start-letter"
    int version = 0; // 1, 2, ...
    QString title;   // Dutch title for lists: "Aanvangsbrief GAS-procedure"
    QStringList kinds; // dossier kinds it applies to: "gas", "measure"
    bool registered = false; // sent by registered post (it has a place in the register)
    // What its notification starts on the dossier's legal clock: "start-letter", "decision"
    // or empty (no term runs from it).
    QString notifies;
    // A state the dossier must be in: "payment-overdue" (a reminder only after the payment
    // term) or empty.
    QString precondition;
    QString file; // "gas-start-letter.v1.html"
    QString html; // the template text, loaded with the catalogue
};

} // namespace regie
