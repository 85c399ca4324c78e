#pragma once

#include "DeletionBasis.h"
#include "common/Result.h"
#include "storage/RemoteChange.h"
#include "storage/SqlStatement.h"

#include <QByteArray>
#include <QJsonValue>
#include <array>

namespace regie::ChangeCodec {

// One change as one line of compact JSON inside a bundle's payload (docs/sync-format.md):
//   {"a":old value,"b":new value,"d":entity id,"e":entity,"f":field,"h":hlc,"i":installation,
//    "o":op,"s":seq,"u":user,"x":txn}
// Values keep their SQLite type: null, a JSON string for text, {"i":"42"} for an integer,
// {"r":"0.5"} for a real (17 significant digits), {"x":"base64"} for a blob.
// A deletion may carry "k": what it was made knowing (DeletionBasis), {"field":"hlc",...}.
// Members may come in any order; unknown members are skipped.
// Format 2 leaves out what repeats: "d", "e", "i", "u" and "x" equal to the line before are
// omitted, and "h" drops its installation part when that is "i" ("1764346000000-0003").
constexpr int LatestFormat = 2;

// A whole line (every member), e.g. for a test or a single change.
QByteArray encode(const RemoteChange& change, const std::optional<FieldStamps>& basis = {});
Result<RemoteChange> decode(QByteArrayView line, std::optional<FieldStamps>* basis = nullptr);

// A change-log row as SQLite holds it (UTF-8 text viewed in place): what an export writes.
struct RawChange
{
    qint64 seq = 0;
    QByteArrayView txn, hlc, installation, userName, entity, entityId, op, field;
    SqlValue oldValue, newValue;
};
// Writes the lines of one bundle in format 2: a part equal to the previous line's is left out.
class Encoder
{
public:
    // Appends the line of a change (without its newline) to out.
    void append(QByteArray& out, const RawChange& change,
                const std::optional<FieldStamps>& basis = {});

private:
    std::array<QByteArray, 5> m_previous; // d, e, i, u, x of the line before
};

// Decodes the lines of one bundle, in order. Texts that repeat from line to line (action,
// installation, user, entity, record, operation, field) are shared with the previous line's
// instead of being made anew: an import decodes 100,000 lines.
class Decoder
{
public:
    // format: the bundle's (1 or 2); only format 2 lines may leave out what repeats.
    explicit Decoder(int format = LatestFormat) : m_format(format) {}
    Result<RemoteChange> decode(QByteArrayView line, std::optional<FieldStamps>* basis = nullptr);

private:
    struct Recent
    {
        QByteArray bytes;
        QString text;
        bool set = false;
    };
    QString text(int slot, QByteArrayView utf8);
    // A part that format 2 may leave out: present, or the line before's (false: neither).
    bool repeated(int slot, bool present, QByteArrayView utf8, QString* out);

    int m_format;
    std::array<Recent, 7> m_recent; // the last value of each repeating part
    std::array<QByteArray, 12> m_storage; // unescaped texts of the line being read
};

// [a-z_][a-z0-9_]*: a name that may stand in SQL as an identifier (entity and field names).
bool isPlainName(QStringView name);

QJsonValue basisJson(const FieldStamps& basis);
// False when the value is not an object of plain field names to stamps.
bool basisFromJson(const QJsonValue& json, FieldStamps* basis);

} // namespace regie::ChangeCodec
