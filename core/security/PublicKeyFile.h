#pragma once

#include "PublicIdentity.h"
#include "common/Result.h"

namespace regie::security {

// The text file an installation hands to its peers (USB stick, mail):
//
//   regie-public-key 1
//   installation: 6f1c0a6e-...
//   code: BH
//   name: Field laptop 2
//   sign-ed25519: <base64, 32 bytes>
//   box-x25519: <base64, 32 bytes>
//   fingerprint: 3F2A 91C0 ...
//
// UTF-8, one "key: value" per line, unknown keys refused. The fingerprint line is checked
// against the keys on reading, so a damaged file is refused; it proves nothing about who made
// the file: the person trusting it compares the fingerprint with its owner by phone.
namespace PublicKeyFile {

QByteArray format(const PublicIdentity& identity);
Result<PublicIdentity> parse(const QByteArray& text);

} // namespace PublicKeyFile

} // namespace regie::security
