#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace regie {

// Sync refusals and key problems in plain words: why a bundle was refused, why a key file or a
// passphrase was not accepted, and what to do. Falls back to ErrorText for other errors.
class SyncErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SyncErrorText)

public:
    static QString message(const Error& error);
    // The stable reason code an error detail starts with ("replay: ..." -> "replay").
    static QString reason(const Error& error);
};

} // namespace regie
