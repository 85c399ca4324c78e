#pragma once

#include <QDate>
#include <QString>

namespace regie::CalendarText {

// Wording shared by the derivation strings of the legal calendar. The source texts are English
// and translated through the "CalendarText" context: without a translator (regie-cli, tests)
// derivations read in fixed English; the GUI shows them in the user's language. Derivations are
// computed when shown; the one that is stored (a registered letter's notification, in
// letters.notified_how) is computed inside an EnglishScope, so no translated text reaches the
// database.

// While an EnglishScope lives, calendar texts on this thread are not translated.
class EnglishScope
{
public:
    EnglishScope();
    ~EnglishScope();
    EnglishScope(const EnglishScope&) = delete;
    EnglishScope& operator=(const EnglishScope&) = delete;
};

// QCoreApplication::translate(context, source), or the English source inside an EnglishScope.
// Callers mark their sources with QT_TRANSLATE_NOOP(context, ...) so that lupdate finds them.
QString localized(const char* context, const char* source);

QString iso(const QDate& date);          // "2026-05-11" (ISO in every language)
QString weekday(const QDate& date);      // "Monday"
QString withWeekday(const QDate& date);  // "Monday 2026-05-11"
QString monthAndYear(const QDate& date); // "February 2026"
// "1 day", "15 days", "2 months", "5 years": unit is "day", "month" or "year".
QString count(int n, const char* unit);

} // namespace regie::CalendarText
