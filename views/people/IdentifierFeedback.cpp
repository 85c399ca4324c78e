#include "IdentifierFeedback.h"

#include "common/IdentifierMessages.h"
#include "identifiers/BisNumber.h"
#include "identifiers/CompanyNumber.h"
#include "identifiers/NationalNumber.h"
#include "people/PersonListModel.h"

#include <QLabel>

namespace regie {

namespace {

int digitCount(const QString& text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }));
}

// Only too short yet, while the user is still typing.
bool stillTyping(const IdentifierCheck& check, const QString& input, int digits, bool typing)
{
    return typing && check.rule.endsWith(QLatin1String(".length")) && digitCount(input) < digits;
}

QString sexText(RegisterSex sex)
{
    switch (sex) {
    case RegisterSex::Male:
        return IdentifierFeedback::tr("male");
    case RegisterSex::Female:
        return IdentifierFeedback::tr("female");
    case RegisterSex::Unknown:
        break;
    }
    return IdentifierFeedback::tr("sex not recorded");
}

QString birthText(const PersonNumber& number)
{
    if (const auto date = number.birthDate())
        return IdentifierFeedback::tr("born %1").arg(PersonListModel::shortDate(*date));
    return IdentifierFeedback::tr("born in %1").arg(number.birthYear());
}

IdentifierFeedback::Verdict validPersonNumber(const PersonNumber& number)
{
    const QString what = number.kind() == PersonNumber::Kind::Bis
                             ? IdentifierFeedback::tr("✓ valid BIS number: %1, %2, %3")
                             : IdentifierFeedback::tr("✓ valid: %1, %2, %3");
    return {IdentifierFeedback::State::Valid,
            what.arg(number.formatted(), birthText(number), sexText(number.sex()))};
}

} // namespace

IdentifierFeedback::Verdict IdentifierFeedback::personNumber(const QString& input, bool typing)
{
    if (input.trimmed().isEmpty())
        return {State::Hint, tr("Optional. 11 digits; dots, dashes and spaces are allowed.")};
    IdentifierCheck check = NationalNumber::check(input);
    std::optional<PersonNumber> number = NationalNumber::parse(input);
    if (!check.valid && check.rule == QLatin1String("nrn.bis-month")) {
        check = BisNumber::check(input);
        number = BisNumber::parse(input);
    }
    if (check.valid && number)
        return validPersonNumber(*number);
    if (stillTyping(check, input, 11, typing))
        return {State::Hint, tr("%1 of 11 digits").arg(digitCount(input))};
    return error(identifierMessage(check));
}

IdentifierFeedback::Verdict IdentifierFeedback::companyNumber(const QString& input, bool typing)
{
    if (input.trimmed().isEmpty())
        return {
            State::Hint,
            tr("Optional. 10 digits (old numbers 9); dots, spaces and BE in front are allowed.")};
    const IdentifierCheck check = CompanyNumber::check(input);
    if (check.valid) {
        QString text = tr("✓ valid: %1").arg(CompanyNumber::format(check.normalized));
        const QStringList warnings = identifierWarningMessages(check);
        if (!warnings.isEmpty())
            text = tr("%1 — %2").arg(text, warnings.join(QLatin1Char(' ')));
        return {State::Valid, text};
    }
    if (stillTyping(check, input, 10, typing))
        return {State::Hint, tr("%1 of 10 digits").arg(digitCount(input))};
    return error(identifierMessage(check));
}

IdentifierFeedback::Verdict IdentifierFeedback::error(const QString& message)
{
    return {State::Invalid, tr("✗ %1").arg(message)};
}

void IdentifierFeedback::show(QLabel* label, const Verdict& verdict)
{
    label->setText(verdict.text);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (verdict.state) {
    case State::Valid:
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0x7d, 0xd3, 0x8c) : QColor(0x1e, 0x6e, 0x32));
        break;
    case State::Invalid:
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20));
        break;
    case State::Hint:
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        break;
    }
    label->setPalette(palette);
    label->setProperty("verdict", int(verdict.state));
}

} // namespace regie
