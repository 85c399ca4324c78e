#pragma once

#include <QDate>
#include <QString>

namespace regie {

// A computed date together with the reasoning that produced it, so a user can see *why* a
// deadline falls where it does. The derivation is computed when shown, never stored: English
// without a translator (regie-cli, tests), the user's language in the GUI,
// e.g. "notified 2026-04-24: third working day after posting on 2026-04-21; + 15 days =
// 2026-05-09, a Saturday → Monday 2026-05-11".
struct DerivedDate
{
    QDate date;
    QString derivation;

    bool isValid() const { return date.isValid(); }

    // A date that is given rather than computed: "<label> <YYYY-MM-DD>".
    static DerivedDate given(const QDate& date, const QString& label)
    {
        return DerivedDate{date, label + QLatin1Char(' ') + date.toString(Qt::ISODate)};
    }
};

} // namespace regie
