#include "IdentifierMessages.h"

#include <QCoreApplication>

namespace regie {

namespace {

struct RuleText
{
    const char* rule;
    const char* text;
};

const RuleText kRuleTexts[] = {
    {"nrn.empty", QT_TRANSLATE_NOOP("IdentifierMessages", "Enter a national register number.")},
    {"nrn.characters",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "A national register number contains only digits, with dots, dashes or "
                       "spaces between them. Remove the other characters.")},
    {"nrn.length",
     QT_TRANSLATE_NOOP(
         "IdentifierMessages",
         "A national register number has 11 digits. Check that no digit is missing or doubled.")},
    {"nrn.date",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "The first six digits of a national register number are the birth date, and "
                       "this date does not exist. Check the number on the identity document.")},
    {"nrn.checksum",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "The check digits do not match: this is not a valid national register "
                       "number. Check the number for a typing error.")},
    {"nrn.bis-month",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "This is a BIS number, not a national register number: its month is "
                       "increased by 20 or 40. Enter it as a BIS number.")},
    {"bis.empty", QT_TRANSLATE_NOOP("IdentifierMessages", "Enter a BIS number.")},
    {"bis.characters", QT_TRANSLATE_NOOP("IdentifierMessages",
                                         "A BIS number contains only digits, with dots, dashes or "
                                         "spaces between them. Remove the other characters.")},
    {"bis.length",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "A BIS number has 11 digits. Check that no digit is missing or doubled.")},
    {"bis.date",
     QT_TRANSLATE_NOOP(
         "IdentifierMessages",
         "The birth date in this BIS number does not exist. Check the number on the document.")},
    {"bis.checksum",
     QT_TRANSLATE_NOOP("IdentifierMessages", "The check digits do not match: this is not a valid "
                                             "BIS number. Check the number for a typing error.")},
    {"bis.month",
     QT_TRANSLATE_NOOP(
         "IdentifierMessages",
         "This is not a BIS number: in a BIS number the birth month is increased by 20 or 40. If "
         "the person is in the National Register, enter it as a national register number.")},
    {"kbo.empty", QT_TRANSLATE_NOOP("IdentifierMessages", "Enter a company number.")},
    {"kbo.characters",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "A company number contains only digits, with dots or spaces between them "
                       "and optionally BE in front. Remove the other characters.")},
    {"kbo.length",
     QT_TRANSLATE_NOOP("IdentifierMessages", "A company number has 10 digits (old numbers have 9). "
                                             "Check that no digit is missing or doubled.")},
    {"kbo.first-digit",
     QT_TRANSLATE_NOOP(
         "IdentifierMessages",
         "A company number starts with 0 or 1. Numbers that start with 2 to 8 belong to an "
         "establishment unit: enter the company number of the enterprise instead.")},
    {"kbo.checksum",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "The check digits do not match: this is not a valid company number. Look "
                       "the company up in the Crossroads Bank for Enterprises.")},
    {"kbo.nine-digits",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "This is an old company number of 9 digits; a 0 was added in front.")},
    {"iban.empty", QT_TRANSLATE_NOOP("IdentifierMessages", "Enter an account number (IBAN).")},
    {"iban.characters", QT_TRANSLATE_NOOP("IdentifierMessages",
                                          "A Belgian account number is BE followed by 14 digits; "
                                          "spaces are allowed. Remove the other characters.")},
    {"iban.country",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "Only Belgian account numbers, starting with BE, are accepted.")},
    {"iban.length", QT_TRANSLATE_NOOP("IdentifierMessages",
                                      "A Belgian account number has 16 characters: BE followed by "
                                      "14 digits. Check that no digit is missing or doubled.")},
    {"iban.checksum",
     QT_TRANSLATE_NOOP("IdentifierMessages", "The IBAN check digits do not match: this is not a "
                                             "valid account number. Check it for a typing error.")},
    {"iban.national-check",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "The last two digits do not match the rest of the account number: this is "
                       "not a valid Belgian account number. Check it for a typing error.")},
    {"ogm.empty", QT_TRANSLATE_NOOP("IdentifierMessages", "Enter a structured payment reference.")},
    {"ogm.format", QT_TRANSLATE_NOOP("IdentifierMessages",
                                     "A structured payment reference has 12 digits, written as "
                                     "+++123/4567/89002+++. Check the reference on the payment.")},
    {"ogm.checksum",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "The check digits do not match: this is not a valid structured payment "
                       "reference. Check it for a typing error.")},
    {"pv.pattern",
     QT_TRANSLATE_NOOP("IdentifierMessages",
                       "This police report number does not have the usual form (for example "
                       "AN.12.L3.00572/24). Check it; it is saved as entered.")},
};

} // namespace

QString identifierRuleMessage(const QString& rule)
{
    for (const RuleText& entry : kRuleTexts) {
        if (rule == QLatin1String(entry.rule))
            return QCoreApplication::translate("IdentifierMessages", entry.text);
    }
    return QCoreApplication::translate(
        "IdentifierMessages", "This identifier is not valid. Check it for a typing error.");
}

QString identifierMessage(const IdentifierCheck& check)
{
    return check.valid ? QString() : identifierRuleMessage(check.rule);
}

QStringList identifierWarningMessages(const IdentifierCheck& check)
{
    QStringList messages;
    for (const QString& rule : check.warnings)
        messages.append(identifierRuleMessage(rule));
    return messages;
}

} // namespace regie
