#pragma once

#include "calendar/DerivedDate.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace regie {

// The rules of the registered-letter register (domain-rules.md §1, Judicial Code art. 53bis).
class RegisteredPost
{
    Q_DECLARE_TR_FUNCTIONS(RegisteredPost)

public:
    struct Tracking
    {
        QString code;     // normalised: upper case, no spaces or dashes
        QString warning;  // empty when the code is a valid UPU S10 number
    };

    // A postal tracking number. bpost registered items carry a UPU S10 number (two letters,
    // eight digits, a check digit, the country: "RR123456785BE"); other forms exist (domestic
    // bar codes of up to 30 digits), so anything of 8-30 letters and digits is accepted, with a
    // warning when it is not a valid S10 number. Refused: empty, too short or long, other signs.
    static Result<Tracking> checkTracking(const QString& input);
    // The S10 check digit of eight serial digits (weights 8 6 4 2 3 5 9 7; 10 → 0, 11 → 5).
    static int s10CheckDigit(const QString& eightDigits);

    // The notification date: the recorded receipt date when there is one, else the third
    // working day after posting. A returned letter (unclaimed, refused) keeps the presumption.
    static DerivedDate notification(const QDate& posted, const QDate& received,
                                    const QString& returnedReason);

    static QStringList returnReasons(); // unclaimed, refused, unknown-address, other
};

} // namespace regie
