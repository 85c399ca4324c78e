#pragma once

#include <QByteArray>
#include <cstddef>

namespace regie::security {

// Initialises libsodium once (thread-safe, idempotent). Every entry point of core/security and
// core/sync calls it before using a primitive; false only when the library cannot start.
bool ensureSodium();

// Secret bytes in memory that libsodium guards: locked against swapping, surrounded by guard
// pages and wiped when released. Move-only so a secret is never copied by accident.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace regie::security
