#include "io/csv_reader.hpp"

#include <algorithm>
#include <memory>
#include <utility>

#include "recon/base/input_error.hpp"

namespace recon {

CsvReader::CsvReader(std::string file, NextLine next_line, char delimiter)
    : file_(std::move(file)), next_line_(std::move(next_line)), delimiter_(delimiter) {}

bool CsvReader::next(CsvRecord& record) {
  auto line = next_line_();
  if (!line) return false;

  record.line = line->number;
  record.text.assign(line->text);
  // Fields are written over the record's existing ones, reusing their storage: reading a file
  // record by record into one CsvRecord allocates once its widest record has been seen.
  std::size_t fields = 0;
  const auto field = [&record, &fields]() -> std::string& {
    if (fields == record.fields.size()) record.fields.emplace_back();
    return record.fields[fields];
  };
  field().clear();
  bool quoted = false;       // inside a quoted section
  bool field_started = false; // the field has content or quotes, so an empty one is still a field
  std::size_t i = 0;
  while (true) {
    const std::string& text = record.text;
    if (i == text.size()) {
      if (!quoted) break;
      // A quoted field runs on to the next line: the line break is part of its value.
      line = next_line_();
      if (!line) {
        throw InputError(file_, record.line, "a quoted field is never closed")
            .with_excerpt(text.substr(0, text.find('\n')), 0, 0)
            .with_hint("Every field that opens with a double quote must end with one.");
      }
      record.text += '\n'; // read on as part of the quoted field
      record.text += line->text;
      continue;
    }
    // Whole runs of text are taken at once: a bank export of ten thousand lines is read in a few
    // milliseconds instead of a character at a time.
    if (quoted) {
      const std::size_t quote = std::min(text.find('"', i), text.size());
      field().append(text, i, quote - i);
      i = quote;
      if (i == text.size()) continue; // the quoted field runs on to the next line
      ++i;
      if (i < text.size() && text[i] == '"') {
        field() += '"'; // "" inside quotes is one quote
        ++i;
      } else {
        quoted = false;
      }
    } else if (text[i] == '"' && !field_started) {
      quoted = true;
      field_started = true;
      ++i;
    } else {
      // Up to the delimiter, everything is the field's, quotes included once it has begun.
      const std::size_t end = std::min(text.find(delimiter_, i), text.size());
      field().append(text, i, end - i);
      field_started = field_started || end > i;
      i = end;
      if (i < text.size()) {
        ++fields;
        field().clear();
        field_started = false;
        ++i;
      }
    }
  }
  record.fields.resize(fields + 1);
  return true;
}

CsvReader::NextLine lines_of(const std::string& text) {
  auto position = std::make_shared<std::size_t>(0);
  auto number = std::make_shared<std::uint64_t>(0);
  return [&text, position, number]() -> std::optional<TextLine> {
    if (*position >= text.size()) return std::nullopt;
    auto end = text.find('\n', *position);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + *position, end - *position);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    *position = end + 1;
    return TextLine{++*number, line};
  };
}

} // namespace recon
