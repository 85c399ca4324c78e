#include "PaymentReference.h"

#include "IdentifierText.h"

#include <QRegularExpression>

namespace regie {

namespace {

// Drops all whitespace; returns the 12 digits when the shape is one of the accepted forms.
std::optional<QString> extractDigits(const QString& input)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\+\+\+|\*\*\*)?([0-9]{3})/?([0-9]{4})/?([0-9]{5})(\+\+\+|\*\*\*)?$)"));
    QString text = input;
    static const QRegularExpression whitespace(QStringLiteral(R"(\s)"));
    text.remove(whitespace);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch() || match.captured(1) != match.captured(5))
        return std::nullopt;
    const bool slashes = text.contains(u'/');
    if (slashes && text.count(u'/') != 2)
        return std::nullopt;
    return match.captured(2) + match.captured(3) + match.captured(4);
}

QString formatDetail(const QString& input)
{
    qsizetype digitCount = 0;
    for (const QChar c : input)
        digitCount += c.isDigit() ? 1 : 0;
    const QString expected =
        QStringLiteral("expected +++ddd/dddd/ddddd+++, ***ddd/dddd/ddddd*** or 12 digits");
    if (digitCount != 12)
        return expected + QStringLiteral(", got %1 digits").arg(digitCount);
    return expected;
}

QString formatDigits(const QString& d)
{
    return QStringLiteral("+++%1/%2/%3+++").arg(d.mid(0, 3), d.mid(3, 4), d.mid(7, 5));
}

// Index of a short-code character: digits 0..9, letters A..Z as 10..35; -1 otherwise.
int codeCharIndex(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

// FNV-1a, 32 bit: a hash that is the same on every machine and in every release (qHash is not).
quint32 stableHash(const QByteArray& bytes)
{
    quint32 hash = 2166136261u;
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

IdentifierCheck PaymentReference::check(const QString& input)
{
    if (input.trimmed().isEmpty())
        return IdentifierCheck::reject(QStringLiteral("ogm.empty"),
                                       QStringLiteral("the value is empty"));
    const std::optional<QString> digits = extractDigits(input);
    if (!digits)
        return IdentifierCheck::reject(QStringLiteral("ogm.format"), formatDetail(input));
    const int expected = checkDigits(digits->left(10).toULongLong());
    if (digits->right(2).toInt() != expected)
        return IdentifierCheck::reject(
            QStringLiteral("ogm.checksum"),
            QStringLiteral("check digits %1 do not match %2 mod 97 = %3 (97 when 0)")
                .arg(digits->right(2), digits->left(10))
                .arg(expected),
            *digits);
    return IdentifierCheck::accept(*digits);
}

QString PaymentReference::format(const QString& input)
{
    const IdentifierCheck checked = check(input);
    return checked.valid ? formatDigits(checked.normalized) : QString();
}

int PaymentReference::checkDigits(quint64 base)
{
    const int remainder = int(base % 97);
    return remainder == 0 ? 97 : remainder;
}

Result<QString> PaymentReference::fromBase(quint64 base)
{
    if (base >= kBaseLimit)
        return makeError(
            ErrorCode::Usage,
            QStringLiteral("payment reference base %1 has more than 10 digits").arg(base));
    return QString(identifiertext::padded(base, 10) + identifiertext::padded(checkDigits(base), 2));
}

Result<QString> PaymentReference::fromDossierNumber(const QString& dossierNumber)
{
    const Result<quint64> base = baseFromDossierNumber(dossierNumber);
    if (!base)
        return base.error();
    return fromBase(*base);
}

} // namespace regie

namespace regie {

// Payment reference base for a dossier number "PREFIX/YYYY/CODE/SEQUENCE", e.g.
// "GAS/2026/BH/0042". The 10-digit base is
//     YY (2 digits: the year mod 100) + SLOT (3 digits: the installation) + SEQUENCE (5 digits)
// so "GAS/2026/BH/0042" gives 26 053 00042 and the reference +++260/5300/04231+++.
// SLOT for the installation short code (2 to 4 capitals/digits, a letter first):
//   - two characters map one-to-one onto 0..935: (first char index - 10) * 36 + second char index,
//     where digits are 0..9 and letters 10..35 ("BH" = 1 * 36 + 17 = 53). Two installations with
//     two-character codes therefore never share a reference;
//   - three or four characters go to 936 + (FNV-1a-32 of the code's UTF-8 bytes mod 64). These
//     may collide with one another (1 in 64), never with a two-character code.
// The prefix is not encoded: references are unique within one dossier series. Within an
// installation and year the sequence makes the reference unique up to 99999 dossiers.
int PaymentReference::installationSlot(const QString& shortCode)
{
    const QString code = shortCode.trimmed().toUpper();
    if (code.size() == 2 && codeCharIndex(code.at(0)) >= 10 && codeCharIndex(code.at(1)) >= 0)
        return (codeCharIndex(code.at(0)) - 10) * 36 + codeCharIndex(code.at(1));
    return 936 + int(stableHash(code.toUtf8()) % 64);
}

Result<quint64> PaymentReference::baseFromDossierNumber(const QString& dossierNumber)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^[A-Z0-9]+/([0-9]{4})/([A-Z][A-Z0-9]{1,3})/([0-9]{1,9})$)"));
    const QRegularExpressionMatch match = shape.match(dossierNumber.trimmed().toUpper());
    if (!match.hasMatch())
        return makeError(ErrorCode::Validation,
                         QStringLiteral("'%1' is not a dossier number PREFIX/YYYY/CODE/SEQUENCE")
                             .arg(dossierNumber),
                         QStringLiteral("dossierNumber"));
    const quint64 sequence = match.captured(3).toULongLong();
    if (sequence > 99999)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("sequence %1 does not fit in 5 digits").arg(sequence),
                         QStringLiteral("dossierNumber"));
    const quint64 year = match.captured(1).toULongLong() % 100;
    const quint64 slot = quint64(installationSlot(match.captured(2)));
    return year * 100000000ULL + slot * 100000ULL + sequence;
}

} // namespace regie
