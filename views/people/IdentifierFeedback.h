#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace regie {

// The line under an identifier field that says, while the user types, whether the number is
// valid and what it encodes: "✓ valid: 85.07.30-033.28, born 30/07/1985, male" or "✗ " and
// what to do. Never colour alone: the mark and the words carry the meaning.
class IdentifierFeedback
{
    Q_DECLARE_TR_FUNCTIONS(regie::IdentifierFeedback)
public:
    enum class State
    {
        Hint,
        Valid,
        Invalid
    };
    struct Verdict
    {
        State state = State::Hint;
        QString text;
    };

    // A national register number, or else a BIS number. While `typing`, a number that is only
    // too short yet gets a neutral count ("7 of 11 digits") instead of an error.
    static Verdict personNumber(const QString& input, bool typing);
    static Verdict companyNumber(const QString& input, bool typing);
    // An error the service reported for the field (already a full sentence).
    static Verdict error(const QString& message);

    // Shows the verdict in the label, green-ish or red in light and dark palettes.
    static void show(QLabel* label, const Verdict& verdict);
};

} // namespace regie
