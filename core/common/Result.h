#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace regie {

// A value or an Error. Core APIs return this instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // By value, so that `for (auto& x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString detail, QString field = {})
{
    return Error{code, std::move(detail), std::move(field)};
}

// An error whose detail starts with a stable rule code ("required: title is empty"), which the
// views turn into a translated sentence; the rest is English detail for logs and the CLI.
inline Error ruleError(ErrorCode code, const QString& rule, const QString& detail,
                       QString field = {})
{
    return Error{code, rule + QStringLiteral(": ") + detail, std::move(field)};
}

} // namespace regie
