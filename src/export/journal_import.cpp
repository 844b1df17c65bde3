#include "recon/export/journal_import.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

bool is_import_format(JournalFormat format) { return format == JournalFormat::quickbooks || format == JournalFormat::xero; }

bool is_text_format(JournalFormat format) {
  return format == JournalFormat::beancount || format == JournalFormat::hledger || format == JournalFormat::ledger;
}

std::optional<WithheldReason> reason_to_withhold(const Entry& entry, JournalFormat format, const JournalExportOptions& options,
                                                 const std::set<std::string, std::less<>>& unfooted) {
  if (unfooted.contains(entry.settlement_id)) return WithheldReason::not_footed;
  if (entry.kind != EntryKind::deposit) return std::nullopt;
  // Without a transfer account Xero never takes a deposit, confirmed or not.
  if (format == JournalFormat::xero && options.xero_transfer_account.empty()) return WithheldReason::deposit_by_bank_feed;
  if (entry.pending) return WithheldReason::deposit_pending;
  return std::nullopt;
}

// The deposit's bank posting moved to the transfer account: the one posting that is not clearing
// (only clearing postings carry a running balance).
Entry to_transfer_account(Entry entry, const std::string& transfer_account) {
  for (auto& posting : entry.postings) {
    if (!posting.balance_after) posting.account = transfer_account;
  }
  return entry;
}

[[noreturn]] void refuse_option(const std::string& option, JournalFormat format, const std::string& applies_to) {
  throw InputError(option, 0, fmt::format("{} does nothing for a {} journal", option, journal_format_name(format)))
      .with_hint(fmt::format("It applies to {}; leave it out, or name that --journal-format.", applies_to));
}

// Every account the entries use must be writable in the format; blame the map rule or the option
// it came from.
void check_account_names(const Journal& journal, JournalFormat format) {
  std::set<std::string, std::less<>> used;
  for (const auto& entry : journal.entries) {
    for (const auto& posting : entry.postings) used.insert(posting.account);
  }
  for (const auto& account : used) {
    const auto problem = account_name_problem(account, format);
    if (!problem) continue;
    const auto origin = journal.account_origins.find(account);
    const SourceRef where = origin == journal.account_origins.end() ? SourceRef{"--journal", 0} : origin->second;
    const std::string hint =
        format == JournalFormat::xero
            ? "Xero wants its account codes (such as 200), not names: give a map whose accounts are your codes, and "
              "--clearing-account and --suspense-account codes (docs/account-map.md has one)."
            : "Rename the account in the account map (or the option), then run recon again.";
    throw InputError(where.file, where.line,
                     "account '" + account + "' cannot be written to a " + std::string(journal_format_name(format)) +
                         " journal: " + *problem)
        .with_hint(hint);
  }
}

// QuickBooks asks for a Name (customer or supplier) on every line to Accounts Receivable or
// Accounts Payable. recon cannot see account types, so it goes by QuickBooks' own names for them.
bool is_receivable_or_payable(std::string_view account) {
  constexpr std::string_view markers[] = {"Accounts Receivable", "Accounts Payable", "(A/R)", "(A/P)"};
  return std::any_of(std::begin(markers), std::end(markers),
                     [&](std::string_view marker) { return account.find(marker) != std::string_view::npos; });
}

void check_quickbooks(const Journal& journal, const JournalExportOptions& options) {
  for (const auto& entry : journal.entries) {
    const std::string number = quickbooks_journal_number(entry);
    if (number.size() > quickbooks_journal_number_limit) {
      throw InputError(entry.source.file, entry.source.line,
                       fmt::format("settlement {} gives the journal number '{}', longer than the {} characters QuickBooks "
                                   "Online takes",
                                   entry.settlement_id, number, quickbooks_journal_number_limit))
          .with_hint("Export this settlement to another format (csv, beancount), or enter it by hand.");
    }
    if (!options.qbo_name.empty()) continue;
    for (const auto& posting : entry.postings) {
      if (!is_receivable_or_payable(posting.account)) continue;
      const auto origin = journal.account_origins.find(posting.account);
      const SourceRef where = origin == journal.account_origins.end() ? SourceRef{"--journal", 0} : origin->second;
      throw InputError(where.file, where.line,
                       "account '" + posting.account + "' is receivable or payable, and QuickBooks Online requires a Name "
                       "(customer or supplier) on its lines")
          .with_hint("Name the customer or supplier with --qbo-name, as it is spelt in QuickBooks.");
    }
  }
}

void check_xero_tax_rate(const std::string& tax_rate) {
  const bool blank = std::all_of(tax_rate.begin(), tax_rate.end(), [](char c) { return c == ' ' || c == '\t'; });
  if (blank) {
    throw InputError("--xero-tax-rate", 0, "Xero requires a tax rate name on every journal line, and this one is empty")
        .with_hint("Give the tax rate as your organisation spells it: Tax Exempt (US), BAS Excluded (AU), No VAT (UK).");
  }
  if (tax_rate.find_first_of("\r\n") != std::string::npos) {
    throw InputError("--xero-tax-rate", 0, "a tax rate name is one line of text").with_hint("Give it without line breaks.");
  }
}

void check_xero_sizes(const Journal& journal) {
  for (const auto& entry : journal.entries) {
    if (entry.postings.size() + 1 > xero_lines_per_file) { // with the header row
      throw InputError(entry.source.file, entry.source.line,
                       fmt::format("entry {} has {} lines, more than one Xero import file takes ({})", entry.id,
                                   entry.postings.size(), xero_lines_per_file - 1))
          .with_hint("Map the settlement's lines to fewer accounts, or export it to another format.");
    }
  }
}

// A settlement in another currency than the company's would import as a bare number in the home
// currency. QuickBooks Online can say which currency a journal is in; a Xero manual journal is in
// the organisation's base currency only.
//
// A deposit Amazon converted is one entry in two currencies (clearing in the marketplace's, the bank
// in the account's). Neither import can take it exactly: a QuickBooks journal entry is in one
// currency, its other lines converted at an exchange rate QuickBooks applies and rounds itself, and
// a Xero manual journal is in the base currency. It is refused, not approximated.
void refuse_converted_deposit(const Entry& entry, JournalFormat format) {
  const Currency first = entry.postings.front().amount.currency();
  for (const auto& posting : entry.postings) {
    if (posting.amount.currency() == first) continue;
    throw InputError(entry.source.file, entry.source.line,
                     fmt::format("the deposit of settlement {} arrived converted, {} into {}, and a {} journal entry holds "
                                 "one currency, so recon cannot write it exactly",
                                 entry.settlement_id, posting.amount.currency().code(), first.code(), journal_format_name(format)))
        .with_hint("Record that deposit in the accounting system (a transfer between the two accounts at the amounts "
                   "recon reports), and export a beancount, hledger, ledger or csv journal for the whole run.");
  }
}

void check_currencies(const Journal& journal, JournalFormat format, const JournalExportOptions& options) {
  std::optional<Currency> home = options.home_currency;
  for (const auto& entry : journal.entries) {
    refuse_converted_deposit(entry, format);
    const Currency currency = entry.postings.front().amount.currency();
    if (!home) {
      home = currency; // until a second currency shows that it is not known
      continue;
    }
    if (currency == *home) continue;
    if (!options.home_currency) {
      throw InputError("--home-currency", 0,
                       fmt::format("the journal holds settlements in {} and {}, and recon cannot tell which is your {} "
                                   "company's currency",
                                   home->code(), currency.code(), journal_format_name(format)))
          .with_hint("Name it with --home-currency, such as --home-currency USD.");
    }
    if (format == JournalFormat::xero) {
      throw InputError(entry.source.file, entry.source.line,
                       fmt::format("settlement {} is in {}, and a Xero manual journal is in the organisation's base "
                                   "currency ({})",
                                   entry.settlement_id, currency.code(), home->code()))
          .with_hint("Export the settlements of each currency to the Xero organisation that keeps that currency, "
                     "or record this one by hand.");
    }
  }
}

} // namespace

std::string_view withheld_reason_code(WithheldReason reason) {
  switch (reason) {
  case WithheldReason::not_footed: return "not-footed";
  case WithheldReason::deposit_pending: return "deposit-pending";
  case WithheldReason::deposit_by_bank_feed: return "deposit-by-bank-feed";
  case WithheldReason::changed_since_export: return "changed-since-export";
  }
  return "";
}

std::string_view withheld_reason_text(WithheldReason reason) {
  switch (reason) {
  case WithheldReason::not_footed: return "left out until their settlements foot";
  case WithheldReason::deposit_pending: return "left out until the bank confirms the deposits";
  case WithheldReason::deposit_by_bank_feed: return "left to the bank feed (code each deposit there to the clearing account)";
  case WithheldReason::changed_since_export:
    return "left out: exported before, and posted differently now (delete what was imported, then write them again with --reexport)";
  }
  return "";
}

ExportSelection select_for_export(const Journal& journal, JournalFormat format, const JournalExportOptions& options,
                                  const std::vector<std::string>& unfooted_settlements) {
  if (!is_import_format(format)) return {journal, {}};
  const std::set<std::string, std::less<>> unfooted(unfooted_settlements.begin(), unfooted_settlements.end());
  ExportSelection selection;
  selection.journal.account_origins = journal.account_origins;
  for (const auto& entry : journal.entries) {
    if (const auto reason = reason_to_withhold(entry, format, options, unfooted)) {
      selection.withheld.push_back({entry.id, entry.settlement_id, *reason});
    } else if (entry.kind == EntryKind::deposit && format == JournalFormat::xero) {
      selection.journal.entries.push_back(to_transfer_account(entry, options.xero_transfer_account));
      selection.journal.account_origins.emplace(options.xero_transfer_account, SourceRef{"--xero-transfer-account", 0});
    } else {
      selection.journal.entries.push_back(entry);
    }
  }
  return selection;
}

void check_export_options(JournalFormat format, const JournalExportOptions& options) {
  if (options.date_format && !is_csv_format(format)) refuse_option("--date-format", format, "csv, qbo and xero");
  if (options.home_currency && !is_import_format(format)) refuse_option("--home-currency", format, "qbo and xero");
  if (!options.qbo_name.empty() && format != JournalFormat::quickbooks) refuse_option("--qbo-name", format, "qbo");
  if (!options.xero_transfer_account.empty() && format != JournalFormat::xero) {
    refuse_option("--xero-transfer-account", format, "xero");
  }
  if (!options.open_directives && format != JournalFormat::beancount) refuse_option("--no-open", format, "beancount");
  if (!options.clearing_openings.empty() && !is_text_format(format)) {
    refuse_option("--clearing-opening", format, "beancount, hledger and ledger (the formats with balance assertions)");
  }
  if (format == JournalFormat::xero) check_xero_tax_rate(options.xero_tax_rate);
}

void check_journal_export(const Journal& journal, JournalFormat format, const JournalExportOptions& options) {
  check_export_options(format, options);
  check_account_names(journal, format);
  if (format == JournalFormat::quickbooks) check_quickbooks(journal, options);
  if (format == JournalFormat::xero) check_xero_sizes(journal);
  if (is_import_format(format)) check_currencies(journal, format, options);
}

std::string quickbooks_journal_number(const Entry& entry) {
  if (entry.kind == EntryKind::deposit) return entry.settlement_id + "-D";
  if (entry.id == entry.settlement_id) return entry.id;
  const date::year_month_day day{entry.date}; // a month's part is dated within its month
  return fmt::format("{}-{:04}{:02}", entry.settlement_id, static_cast<int>(day.year()), static_cast<unsigned>(day.month()));
}

} // namespace recon
