#include "recon/export/export_once.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

constexpr std::string_view reexport_hint =
    "Give --reexport all, a settlement id (--reexport 17000001003), or a range of entry dates "
    "(--reexport 2026-03-01..2026-03-31).";

[[noreturn]] void refuse_reexport(const std::string& what) {
  throw InputError("--reexport", 0, what).with_hint(std::string(reexport_hint));
}

// A date of a --reexport range: YYYY-MM-DD only, since a range in the journal's own order is
// what the user reads in every file recon writes, and a slashed date could be read two ways.
Day range_end(std::string_view text, std::string_view whole) {
  const auto day = parse_iso_day(text);
  if (!day) refuse_reexport(fmt::format("'{}' in --reexport {} is not a date written YYYY-MM-DD", text, whole));
  return *day;
}

bool covers(const ReexportRequest& request, const Entry& entry) {
  switch (request.kind) {
  case ReexportRequest::Kind::all: return true;
  case ReexportRequest::Kind::settlement: return entry.settlement_id == request.settlement_id;
  case ReexportRequest::Kind::dates: return request.from <= entry.date && entry.date <= request.to;
  }
  return false;
}

} // namespace

bool exported_once(JournalFormat format) noexcept { return format == JournalFormat::quickbooks || format == JournalFormat::xero; }

std::string exported_content(const Entry& entry) {
  std::string content = to_iso_date(entry.date);
  for (const auto& posting : entry.postings) {
    content += fmt::format("\n{}\t{} {}", posting.account, to_plain_string(posting.amount), posting.amount.currency().code());
    // A converted amount's worth is part of what was booked (qbo and xero refuse such entries
    // today; should they take them, a changed conversion must not pass for the entry exported).
    if (posting.price) content += fmt::format(" @@ {} {}", to_plain_string(*posting.price), posting.price->currency().code());
  }
  return content;
}

ReexportRequest parse_reexport(std::string_view text) {
  if (text == "all") return {};
  if (const auto dots = text.find(".."); dots != std::string_view::npos) {
    ReexportRequest request{ReexportRequest::Kind::dates, {}, range_end(text.substr(0, dots), text), range_end(text.substr(dots + 2), text)};
    if (request.to < request.from) refuse_reexport(fmt::format("--reexport {} ends before it starts", text));
    return request;
  }
  const bool one_word = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) > ' ' && c != '\x7f';
  });
  if (!one_word) refuse_reexport(fmt::format("'{}' is neither all, a settlement id, nor a range of dates", text));
  return {ReexportRequest::Kind::settlement, std::string(text), {}, {}};
}

void check_reexport(const std::vector<ReexportRequest>& requests, const Journal& journal) {
  for (const auto& request : requests) {
    if (request.kind != ReexportRequest::Kind::settlement) continue;
    const bool known = std::any_of(journal.entries.begin(), journal.entries.end(),
                                   [&](const Entry& entry) { return entry.settlement_id == request.settlement_id; });
    if (!known) {
      throw InputError("--reexport", 0, fmt::format("there is no settlement {} in the book or the run", request.settlement_id))
          .with_hint("Name a settlement `recon history` lists, or give a range of dates. Nothing was written.");
    }
  }
}

void leave_out_exported(ExportSelection& selection, const std::vector<ExportedEntry>& exported_before,
                        const std::vector<ReexportRequest>& reexport) {
  std::map<std::string_view, const ExportedEntry*> by_id;
  std::set<std::string_view> summarised; // settlements whose summary entries were exported
  for (const auto& exported : exported_before) {
    by_id[exported.entry_id] = &exported;
    if (exported.kind == EntryKind::settlement) summarised.insert(exported.settlement_id);
  }
  std::vector<Entry> to_write;
  for (auto& entry : selection.journal.entries) {
    const auto before = by_id.find(entry.id);
    const bool was_exported = before != by_id.end();
    if (std::any_of(reexport.begin(), reexport.end(), [&](const ReexportRequest& request) { return covers(request, entry); })) {
      if (was_exported) ++selection.reexported;
      to_write.push_back(std::move(entry));
    } else if (was_exported && before->second->content == exported_content(entry)) {
      ++selection.exported_before;
    } else if (was_exported || (entry.kind == EntryKind::settlement && summarised.contains(entry.settlement_id))) {
      selection.withheld.push_back({entry.id, entry.settlement_id, WithheldReason::changed_since_export});
    } else {
      to_write.push_back(std::move(entry));
    }
  }
  selection.journal.entries = std::move(to_write);
}

} // namespace recon
