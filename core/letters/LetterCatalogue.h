#pragma once

#include "LetterTemplate.h"
#include "common/Result.h"

#include <QVector>

namespace regie {

// The letter templates: every version listed in an index.json (by default the one embedded at
// :/regie/letters/). find() without a version gives the newest one.
class LetterCatalogue
{
public:
    static Result<LetterCatalogue> load(const QString& folder = QStringLiteral(":/regie/letters"));

    const QVector<LetterTemplate>& all() const { return m_templates; }
    // The newest version of every template, in index order.
    QVector<LetterTemplate> latest() const;
    // version 0: the newest. NotFound names the template (and version) asked for.
    Result<LetterTemplate> find(const QString& id, int version = 0) const;

private:
    QVector<LetterTemplate> m_templates;
};

} // namespace regie
