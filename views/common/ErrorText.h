#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace regie {

// The one place where core error codes become translated sentences that name what is wrong and
// what to do.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString message(const Error& error);
    // A field name ("family_name") as the label the user sees ("Family name").
    static QString fieldLabel(const QString& field);

private:
    static QString validationMessage(const Error& error, const QString& field);
};

} // namespace regie
