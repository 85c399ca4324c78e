#pragma once

#include <QDate>
#include <QString>

namespace regie {

// One Belgian legal holiday in a given year (English name, technical data).
struct LegalHoliday
{
    QDate date;
    QString name;
};

} // namespace regie
