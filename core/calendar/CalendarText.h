#pragma once

#include <QDate>
#include <QString>

namespace regie::CalendarText {

// English technical wording shared by the derivation strings of the legal calendar. Derivations
// are data shown as-is (like an audit line), so they use fixed English, never the user's locale.

QString iso(const QDate& date);          // "2026-05-11"
QString weekday(const QDate& date);      // "Monday"
QString withWeekday(const QDate& date);  // "Monday 2026-05-11"
QString monthAndYear(const QDate& date); // "February 2026"
QString count(int n, const char* unit);  // "1 day", "15 days", "2 months"

} // namespace regie::CalendarText
