#pragma once

#include "DeletionBasis.h"
#include "common/Result.h"
#include "storage/RemoteChange.h"

#include <QByteArray>
#include <QJsonValue>

namespace regie::ChangeCodec {

// One change as one line of compact JSON inside a bundle's payload (docs/sync-format.md):
//   {"s":seq,"x":txn,"h":hlc,"i":installation,"u":user,"e":entity,"d":entity id,"o":op,
//    "f":field,"a":old value,"b":new value}
// Values keep their SQLite type: null, a JSON string for text, {"i":"42"} for an integer,
// {"r":"0.5"} for a real (17 significant digits), {"x":"base64"} for a blob.
// A deletion may carry "k": what it was made knowing (DeletionBasis), {"field":"hlc",...}.
QByteArray encode(const RemoteChange& change, const std::optional<FieldStamps>& basis = {});
Result<RemoteChange> decode(const QByteArray& line, std::optional<FieldStamps>* basis = nullptr);

QJsonValue basisJson(const FieldStamps& basis);
// False when the value is not an object of plain field names to stamps.
bool basisFromJson(const QJsonValue& json, FieldStamps* basis);

} // namespace regie::ChangeCodec
