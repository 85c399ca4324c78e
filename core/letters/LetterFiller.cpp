#include "LetterFiller.h"

#include <QRegularExpression>

namespace regie {

namespace {

const QRegularExpression& sectionPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\{\{([#^])([A-Za-z][A-Za-z0-9_]*)\}\}(.*?)\{\{/\2\}\})"),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression& valuePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{([A-Za-z][A-Za-z0-9_]*)\}\})"));
    return re;
}

const QRegularExpression& anyTagPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{[#^/]?([A-Za-z][A-Za-z0-9_]*)\}\})"));
    return re;
}

bool truthy(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    return !value.toString().isEmpty();
}

QString textOf(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("ja") : QStringLiteral("nee");
    return value.toString();
}

Error missing(const QString& key)
{
    // Kept in English: the letter dialog recognises this refusal by its first word and gives its
    // own translated sentence naming the missing value.
    return makeError(ErrorCode::Validation,
                     QStringLiteral("placeholder {{%1}} has no value for this dossier").arg(key),
                     key);
}

} // namespace

QStringList LetterFiller::placeholders(const QString& templateHtml)
{
    QStringList keys;
    auto it = anyTagPattern().globalMatch(templateHtml);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

Result<FilledLetter> LetterFiller::fill(const QString& templateHtml, const QJsonObject& data)
{
    FilledLetter filled;
    for (const QString& key : placeholders(templateHtml)) {
        if (!data.contains(key) || data.value(key).isNull())
            return missing(key);
        filled.used.insert(key, data.value(key));
    }
    QString html = templateHtml;
    for (auto m = sectionPattern().match(html); m.hasMatch(); m = sectionPattern().match(html)) {
        const bool show = truthy(data.value(m.captured(2))) == (m.captured(1) == QLatin1String("#"));
        html.replace(m.capturedStart(), m.capturedLength(), show ? m.captured(3) : QString());
    }
    QString probe = html;
    probe.remove(valuePattern());
    if (const qsizetype open = probe.indexOf(QStringLiteral("{{")); open >= 0)
        return makeError(ErrorCode::Format,
                         tr("malformed placeholder near '%1'").arg(probe.mid(open, 30)),
                         QStringLiteral("template"));
    QString out;
    qsizetype last = 0;
    auto it = valuePattern().globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        out += textOf(data.value(m.captured(1))).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                          QStringLiteral("<br>"));
        last = m.capturedEnd();
    }
    out += html.mid(last);
    filled.html = out;
    return filled;
}

} // namespace regie
