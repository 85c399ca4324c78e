#pragma once

#include "IdentifierCheck.h"

#include <QDate>
#include <QString>
#include <optional>

namespace regie {

// The sex encoded in a register number: odd sequence = male, even = female. A BIS number with
// month + 20 records the sex as unknown.
enum class RegisterSex
{
    Unknown,
    Male,
    Female
};

// A national register number (rijksregisternummer) or BIS number, split into its parts.
// Both are 11 digits YYMMDD SSS CC with CC = 97 - (YYMMDDSSS mod 97) for births before 2000 and
// 97 - (2YYMMDDSSS mod 97) from 2000; either rule is accepted and the one that matched gives the
// century. Month and day may be 00 when the birth date is (partly) unknown. A BIS number adds 20
// (sex unknown) or 40 (sex known) to the month. Rule codes use the prefix "nrn" or "bis":
// .empty .characters .length .date .checksum, plus "nrn.bis-month" (a BIS number given as a
// national number) and "bis.month" (month without a BIS offset, e.g. a national number).
class PersonNumber
{
public:
    enum class Kind
    {
        National,
        Bis
    };

    static IdentifierCheck check(const QString& input, Kind kind);
    // The parts of a valid number; nullopt when check() rejects the input.
    static std::optional<PersonNumber> parse(const QString& input, Kind kind);
    // "YY.MM.DD-SSS.CC" for 11 digits.
    static QString format(const QString& digits);

    Kind kind() const { return m_kind; }
    const QString& digits() const { return m_digits; }
    QString formatted() const { return format(m_digits); }
    int birthCentury() const { return m_century; } // 1900 or 2000: the check rule that matched
    int birthYear() const;
    int birthMonth() const;                 // BIS offset removed; 0 when unknown
    int birthDay() const;                   // 0 when unknown
    std::optional<QDate> birthDate() const; // when month and day are both known
    int sequence() const;
    RegisterSex sex() const;

private:
    PersonNumber(Kind kind, QString digits, int century);
    static IdentifierCheck checkElevenDigits(const QString& digits, Kind kind);

    Kind m_kind;
    QString m_digits;
    int m_century;
};

} // namespace regie
