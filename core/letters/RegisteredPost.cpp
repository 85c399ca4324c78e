#include "RegisteredPost.h"

#include "calendar/CalendarText.h"
#include "calendar/LegalCalendar.h"

#include <QRegularExpression>

namespace regie {

using namespace Qt::StringLiterals;

int RegisteredPost::s10CheckDigit(const QString& eightDigits)
{
    static const int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += eightDigits.at(i).digitValue() * weights[i];
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

Result<RegisteredPost::Tracking> RegisteredPost::checkTracking(const QString& input)
{
    QString code = input.toUpper();
    code.remove(QRegularExpression(u"[\\s-]"_s));
    static const QRegularExpression allowed(u"^[A-Z0-9]{8,30}$"_s);
    if (!allowed.match(code).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("tracking number '%1' must be 8 to 30 letters and digits (spaces and "
                            "dashes are ignored), e.g. RR123456785BE")
                             .arg(input),
                         u"tracking"_s);
    Tracking t{code, {}};
    static const QRegularExpression s10(u"^[A-Z]{2}(\\d{8})(\\d)[A-Z]{2}$"_s);
    const auto m = s10.match(code);
    if (!m.hasMatch())
        t.warning = tr("tracking number %1 is not in the UPU S10 form (e.g. RR123456785BE); "
                       "stored as given")
                        .arg(code);
    else if (s10CheckDigit(m.captured(1)) != m.captured(2).toInt())
        t.warning = tr("tracking number %1: check digit %2 does not match the serial number "
                       "(expected %3); check for a typing error")
                        .arg(code, m.captured(2))
                        .arg(s10CheckDigit(m.captured(1)));
    return t;
}

DerivedDate RegisteredPost::notification(const QDate& posted, const QDate& received,
                                         const QString& returnedReason)
{
    if (received.isValid())
        return DerivedDate{received,
                           CalendarText::localized(
                               "RegisteredPost",
                               QT_TRANSLATE_NOOP("RegisteredPost", "notified %1: receipt recorded "
                                                                   "on %1 (posted %2)"))
                               .arg(received.toString(Qt::ISODate), posted.toString(Qt::ISODate))};
    if (!posted.isValid())
        return {};
    DerivedDate presumed = LegalCalendar().registeredLetterNotification(posted);
    if (!returnedReason.isEmpty())
        presumed.derivation +=
            u"; "_s + CalendarText::localized("RegisteredPost",
                                              QT_TRANSLATE_NOOP("RegisteredPost",
                                                                "the letter came back (%1), the "
                                                                "presumption stands"))
                          .arg(returnedReason);
    return presumed;
}

QStringList RegisteredPost::returnReasons()
{
    return {u"unclaimed"_s, u"refused"_s, u"unknown-address"_s, u"other"_s};
}

} // namespace regie
