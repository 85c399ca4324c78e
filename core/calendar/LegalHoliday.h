#pragma once

#include <QDate>
#include <QString>

namespace regie {

// One Belgian legal holiday in a given year (name translated when a translator is installed).
struct LegalHoliday
{
    QDate date;
    QString name;
};

} // namespace regie
