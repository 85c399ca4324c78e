#include "RegisterFindingText.h"

#include <QRegularExpression>

namespace regie {

namespace {

const QString& descriptionPrefix()
{
    static const QString prefix = QStringLiteral("worker not pre-registered: ");
    return prefix;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString RegisterFindingText::itemCode()
{
    return QStringLiteral("window-register");
}

QString RegisterFindingText::ruleId(Rule rule)
{
    switch (rule) {
    case Rule::NoEntry: return QStringLiteral("register.no-entry");
    case Rule::NotRegistered: return QStringLiteral("register.not-registered");
    case Rule::NotValidated: return QStringLiteral("register.not-validated");
    }
    return {};
}

QString RegisterFindingText::englishReason(const Reason& r)
{
    switch (r.rule) {
    case Rule::NoEntry:
        return QStringLiteral("no entry in the register for %1 at window %2 on %3")
            .arg(r.worker, r.window, isoDate(r.date));
    case Rule::NotRegistered:
        return QStringLiteral("%1 is in the register for window %2 but not registered")
            .arg(r.worker, r.window);
    case Rule::NotValidated:
        return QStringLiteral("the registration of %1 at window %2 was not validated by the "
                              "police")
            .arg(r.worker, r.window);
    }
    return {};
}

QString RegisterFindingText::englishDescription(const Reason& r)
{
    return descriptionPrefix() + englishReason(r);
}

std::optional<RegisterFindingText::Reason> RegisterFindingText::parseReason(const QString& text)
{
    // A worker reference has no spaces (WindowRegister::pseudonymProblem); the window number is
    // whatever stands between the fixed words, the date closes the first shape.
    static const QRegularExpression noEntry(QStringLiteral(
        R"(^no entry in the register for (\S+) at window (.+) on (\d{4}-\d{2}-\d{2})$)"));
    static const QRegularExpression notRegistered(
        QStringLiteral(R"(^(\S+) is in the register for window (.+) but not registered$)"));
    static const QRegularExpression notValidated(QStringLiteral(
        R"(^the registration of (\S+) at window (.+) was not validated by the police$)"));
    if (const auto m = noEntry.match(text); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(3), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return Reason{Rule::NoEntry, m.captured(1), m.captured(2), date};
    }
    if (const auto m = notRegistered.match(text); m.hasMatch())
        return Reason{Rule::NotRegistered, m.captured(1), m.captured(2), {}};
    if (const auto m = notValidated.match(text); m.hasMatch())
        return Reason{Rule::NotValidated, m.captured(1), m.captured(2), {}};
    return std::nullopt;
}

std::optional<RegisterFindingText::Reason>
RegisterFindingText::parseDescription(const QString& description)
{
    if (!description.startsWith(descriptionPrefix()))
        return std::nullopt;
    return parseReason(description.mid(descriptionPrefix().size()));
}

QString RegisterFindingText::reason(const Reason& r)
{
    switch (r.rule) {
    case Rule::NoEntry:
        return tr("no entry in the register for %1 at window %2 on %3")
            .arg(r.worker, r.window, isoDate(r.date));
    case Rule::NotRegistered:
        return tr("%1 is in the register for window %2 but not registered").arg(r.worker, r.window);
    case Rule::NotValidated:
        return tr("the registration of %1 at window %2 was not validated by the police")
            .arg(r.worker, r.window);
    }
    return {};
}

QString RegisterFindingText::description(const Reason& r)
{
    return tr("worker not pre-registered: %1").arg(reason(r));
}

QString RegisterFindingText::shownDescription(const QString& itemCode, const QString& description)
{
    if (itemCode != RegisterFindingText::itemCode())
        return description;
    const auto reason = parseDescription(description);
    return reason ? RegisterFindingText::description(*reason) : description;
}

QString RegisterFindingText::shownNote(const QString& note)
{
    const QString prefix = itemCode() + QStringLiteral(": ");
    if (!note.startsWith(prefix))
        return note;
    return prefix + shownDescription(itemCode(), note.mid(prefix.size()));
}

} // namespace regie
