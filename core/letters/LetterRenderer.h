#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace regie {

// Turns a filled letter (HTML) into the document that is sent (PDF). Core only knows this
// interface: the renderer needs Qt Gui and lives in views/letters (LetterPdfRenderer). The
// same html, title and date must give the same bytes, so that a stored letter can be rendered
// again identically.
class LetterRenderer
{
public:
    virtual ~LetterRenderer() = default;
    virtual Result<QByteArray> render(const QString& html, const QString& title,
                                      const QDate& date) const = 0;
};

} // namespace regie
