#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace regie {

// A template filled with a dossier's data: the HTML to render and the values it used.
struct FilledLetter
{
    QString html;
    QJsonObject used; // only the keys the template refers to
};

// Fills a letter template. Placeholders: {{key}} is replaced by the value, HTML-escaped, with
// line breaks kept; {{#key}}...{{/key}} keeps its text when the value is true or a non-empty
// text, {{^key}}...{{/key}} when it is not. A placeholder without a value in the data is
// refused by name (ErrorCode::Validation, field = the key), so no letter leaves with a gap.
class LetterFiller
{
    Q_DECLARE_TR_FUNCTIONS(LetterFiller)

public:
    static Result<FilledLetter> fill(const QString& templateHtml, const QJsonObject& data);
    // The keys a template refers to, in order of first use.
    static QStringList placeholders(const QString& templateHtml);
};

} // namespace regie
