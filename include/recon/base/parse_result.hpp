#pragma once
// The outcome of parsing one piece of text: a value, or a sentence saying what is wrong with it.
// Parsers return this instead of throwing because the caller, not the parser, knows the file and
// line to blame.

#include <string>
#include <utility>
#include <variant>

namespace recon {

template <class T>
class ParseResult {
public:
  static ParseResult success(T value) { return ParseResult(std::in_place_index<0>, std::move(value)); }
  static ParseResult failure(std::string why) { return ParseResult(std::in_place_index<1>, std::move(why)); }

  [[nodiscard]] bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  [[nodiscard]] const T& value() const { return std::get<0>(state_); }
  [[nodiscard]] const std::string& error() const { return std::get<1>(state_); }

private:
  template <std::size_t I, class V>
  ParseResult(std::in_place_index_t<I> index, V&& v) : state_(index, std::forward<V>(v)) {}

  std::variant<T, std::string> state_;
};

} // namespace recon
