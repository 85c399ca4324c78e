#pragma once

#include "letters/LetterRenderer.h"

namespace regie {

// Renders a filled letter to PDF with QTextDocument and QPdfWriter: A4, 2 cm margins (those of QTextDocument::print),
// DejaVu Sans 10 pt, page numbers left to the text. Qt writes the time of rendering and a
// random document id into every PDF; both are replaced by values derived from the letter's
// date and its content (same length, so the cross-reference offsets stay valid), so the same
// html, title and date give the same bytes, also in another process (the font objects are
// ordered with a fixed hash seed while rendering). Needs a QGuiApplication (fonts).
class LetterPdfRenderer : public LetterRenderer
{
public:
    Result<QByteArray> render(const QString& html, const QString& title,
                              const QDate& date) const override;

    // The replacement of the time stamps and document ids (exposed for the tests).
    static QByteArray normalize(QByteArray pdf, const QDate& date, const QByteArray& seed);
};

} // namespace regie
