#pragma once

#include <QByteArray>

namespace regie::BundleFormat {

// Byte layout of a .regiebundle (docs/sync-format.md):
//   "REGIEBUN"  | u16 format | 32-byte Ed25519 key of the signer | u32 header length | header JSON
//   | 24-byte secretstream header | chunks (u32 length + XChaCha20-Poly1305 secretstream chunk,
//   the last one tagged FINAL) | 64-byte Ed25519ph signature over every byte before it.
// Integers are big-endian.
inline const QByteArray& magic()
{
    static const QByteArray m("REGIEBUN", 8);
    return m;
}
constexpr int PreludeSize = 8 + 2 + 32 + 4;
constexpr int MaxHeaderSize = 1 << 20;
constexpr int ChunkSize = 64 * 1024; // plaintext bytes per encrypted chunk
constexpr int SignatureSize = 64;
constexpr int MaxLineSize = 64 * 1024 * 1024; // one change record (a photo blob at most)

inline void putU32(QByteArray& out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}
inline quint32 getU32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

} // namespace regie::BundleFormat
