#include "recon/post/posting.hpp"

#include <algorithm>
#include <filesystem>
#include <numeric>

#include <fmt/format.h>

#include "model/input_sum.hpp"
#include "recon/base/input_error.hpp"
#include "recon/model/marketplace.hpp"

namespace recon {
namespace {

constexpr std::string_view clearing_placeholder = "{clearing}";
constexpr std::string_view marketplace_placeholder = "{marketplace}";
constexpr std::string_view currency_placeholder = "{currency}";

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string posted_to(const std::string& account) { return "the amount posted to " + account; }

// What one entry posts to an account, and the line of the last amount in it: where a sum that
// overflows is blamed.
struct AccountTotal {
  std::string account;
  Money sum;
  SourceRef source;
};

// Sums per account, in the order accounts first appear.
class AccountTotals {
public:
  void add(const std::string& account, const Money& amount, const SourceRef& source) {
    const auto found = std::find_if(totals_.begin(), totals_.end(), [&](const auto& total) { return total.account == account; });
    if (found == totals_.end()) {
      totals_.push_back({account, amount, source});
    } else {
      found->sum = input_plus(found->sum, amount, source, posted_to(account));
      found->source = source;
    }
  }
  [[nodiscard]] const std::vector<AccountTotal>& totals() const { return totals_; }

private:
  std::vector<AccountTotal> totals_;
};

Day last_day_of(date::year_month month) { return Day{month / date::last}; }

std::string month_name(date::year_month month) {
  static constexpr std::string_view names[] = {"January", "February", "March",     "April",   "May",      "June",
                                               "July",    "August",   "September", "October", "November", "December"};
  return fmt::format("{} {}", names[static_cast<unsigned>(month.month()) - 1], static_cast<int>(month.year()));
}

class SettlementPoster {
public:
  SettlementPoster(const Settlement& settlement, const DepositMatch& deposit, std::string clearing, std::string code,
                   const AccountMap& map, const PostingOptions& options, Journal& journal, std::vector<Finding>& findings)
      : settlement_(settlement), deposit_(deposit), clearing_(std::move(clearing)), code_(std::move(code)), map_(map),
        options_(options), journal_(journal), findings_(findings) {}

  // Adds the settlement's entries to the journal; returns the change in its clearing account.
  Money post() {
    const SourceRef summary = settlement_.summary_source();
    const std::string clearing_change_name = "the change in " + clearing_;
    Money clearing_change = Money::zero(settlement_.currency);
    const auto parts = totals_by_part();
    for (const auto& [month, totals] : parts) {
      Entry entry = summary_entry(month);
      Money to_clearing = Money::zero(settlement_.currency);
      for (const auto& total : totals.totals()) {
        if (total.account == clearing_ || total.sum.is_zero()) continue; // carry lines stay in clearing
        entry.postings.push_back({total.account, input_negated(total.sum, total.source, posted_to(total.account)), std::nullopt});
        to_clearing = input_plus(to_clearing, total.sum, total.source, posted_to(clearing_));
      }
      // A month holding only carry lines changes nothing; it is written only as the sole entry.
      if (entry.postings.empty() && parts.size() > 1) continue;
      entry.postings.push_back({clearing_, to_clearing, std::nullopt});
      clearing_change = input_plus(clearing_change, to_clearing, summary, clearing_change_name);
      journal_.entries.push_back(std::move(entry));
    }
    if (deposit_.status == DepositStatus::matched || deposit_.status == DepositStatus::no_bank_data) {
      journal_.entries.push_back(deposit_entry());
      clearing_change = input_minus(clearing_change, settlement_.total, summary, clearing_change_name);
    }
    return clearing_change;
  }

private:
  // The amounts per account of each entry to write: one entry, or with --split month one per
  // posting month (nullopt marks the single, unsplit entry).
  std::vector<std::pair<std::optional<date::year_month>, AccountTotals>> totals_by_part() {
    std::vector<std::pair<std::optional<date::year_month>, AccountTotals>> parts;
    const auto part_for = [&parts](std::optional<date::year_month> month) -> AccountTotals& {
      auto found = std::find_if(parts.begin(), parts.end(), [&](const auto& part) { return part.first == month; });
      if (found == parts.end()) {
        parts.emplace_back(month, AccountTotals{});
        return parts.back().second;
      }
      return found->second;
    };
    for (const auto& category : settlement_.categories) {
      const std::string account = account_for(category);
      const SourceRef source{settlement_.file, category.first_line};
      if (options_.split == SplitPolicy::none) {
        part_for(std::nullopt).add(account, category.sum, source);
      } else {
        for (const auto& month : category.months) part_for(month.month).add(account, month.sum, source);
      }
    }
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (parts.empty()) parts.emplace_back(std::nullopt, AccountTotals{}); // a report of no lines still posts
    return parts;
  }

  std::string account_for(const Category& category) {
    const MapRule* rule = map_.match(category.transaction_type, category.amount_type, category.amount_description);
    if (rule == nullptr) {
      report_unmapped(category);
      journal_.account_origins.emplace(options_.suspense_account, SourceRef{"--suspense-account", 0});
      return options_.suspense_account;
    }
    std::string account = replace_all(replace_all(rule->account, clearing_placeholder, clearing_), marketplace_placeholder, code_);
    journal_.account_origins.emplace(account, SourceRef{map_.source(), rule->line});
    return account;
  }

  void report_unmapped(const Category& category) {
    findings_.push_back(Finding::raise(
        FindingCode::unmapped_line, settlement_.id, category.sum,
         fmt::format("{} line{} of '{} / {} / {}' (sum {} {}) match{} no rule of {}; posted to {}", category.lines,
                     category.lines == 1 ? "" : "s", category.transaction_type, category.amount_type,
                     category.amount_description, to_plain_string(category.sum), settlement_.currency.code(),
                     category.lines == 1 ? "es" : "", map_.source(), options_.suspense_account),
         SourceRef{settlement_.file, category.first_line}));
  }

  Entry summary_entry(std::optional<date::year_month> month) const {
    const Day end = settlement_.end_day();
    Entry entry = provenance();
    entry.kind = EntryKind::settlement;
    entry.date = month ? std::min(last_day_of(*month), end) : end;
    entry.id = month ? fmt::format("{}-{:04}-{:02}", settlement_.id, static_cast<int>(month->year()),
                                   static_cast<unsigned>(month->month()))
                     : settlement_.id;
    entry.narration = fmt::format("Amazon settlement {}, {}", settlement_.id, settlement_.period_text());
    if (month) entry.narration += fmt::format(" ({} part)", month_name(*month));
    return entry;
  }

  Entry deposit_entry() const {
    Entry entry = provenance();
    entry.kind = EntryKind::deposit;
    entry.id = settlement_.id + "-deposit";
    if (deposit_.bank) {
      entry.date = deposit_.bank->date;
      // The bank export's file name only: a narration is read in other people's books, and the
      // folders are those of the machine that ran recon.
      entry.narration = fmt::format("Amazon deposit of settlement {} ({}:{})", settlement_.id,
                                    std::filesystem::path(deposit_.bank->source.file).filename().string(), deposit_.bank->source.line);
    } else {
      entry.date = settlement_.deposit_date;
      entry.pending = true; // until a bank line confirms it
      entry.narration = fmt::format("Amazon deposit of settlement {} (expected, not yet seen in the bank)", settlement_.id);
    }
    const Money from_clearing = input_negated(settlement_.total, settlement_.summary_source(), "the deposit");
    // One bank account per currency when its name says {currency}: the account the money reached.
    const Currency received_in = deposit_.bank ? deposit_.bank->amount.currency() : settlement_.currency;
    const std::string bank_account = replace_all(options_.bank_account, currency_placeholder, received_in.code());
    journal_.account_origins.emplace(bank_account, SourceRef{"--bank-account", 0});
    if (const auto& conversion = deposit_.conversion) {
      // bank (received) + cost = reference value = what the clearing posting is worth: the entry
      // balances in the bank's currency, and clearing still moves by the total in its own.
      entry.postings = {{bank_account, conversion->received, std::nullopt}};
      Money worth = conversion->received;
      if (conversion->cost && conversion->reference_value) {
        entry.postings.push_back({options_.conversion_account, *conversion->cost, std::nullopt});
        journal_.account_origins.emplace(options_.conversion_account, SourceRef{"--conversion-account", 0});
        worth = *conversion->reference_value;
      }
      entry.postings.push_back({clearing_, from_clearing, std::nullopt, worth});
      return entry;
    }
    entry.postings = {{bank_account, settlement_.total, std::nullopt}, {clearing_, from_clearing, std::nullopt}};
    return entry;
  }

  [[nodiscard]] Entry provenance() const {
    Entry entry;
    entry.settlement_id = settlement_.id;
    entry.period_start = settlement_.start;
    entry.period_end = settlement_.end;
    entry.source = settlement_.summary_source();
    entry.source_sha256 = settlement_.sha256;
    return entry;
  }

  const Settlement& settlement_;
  const DepositMatch& deposit_;
  std::string clearing_;
  std::string code_;
  const AccountMap& map_;
  const PostingOptions& options_;
  Journal& journal_;
  std::vector<Finding>& findings_;
};

// Orders entries by date (stable, so a settlement's summary stays before its deposit), runs each
// clearing account's balance through them, and records the balance at the end of every day that
// closes a settlement (its deposit, or its last entry when nothing is wired).
void settle_order_and_balances(Journal& journal, const std::vector<std::string>& clearing_accounts) {
  std::stable_sort(journal.entries.begin(), journal.entries.end(), [](const Entry& a, const Entry& b) { return a.date < b.date; });
  std::map<std::string, Money> running;
  std::map<std::pair<std::string, Day>, Money> end_of_day;
  for (auto& entry : journal.entries) {
    for (auto& posting : entry.postings) {
      if (std::find(clearing_accounts.begin(), clearing_accounts.end(), posting.account) == clearing_accounts.end()) continue;
      auto [it, inserted] = running.try_emplace(posting.account, Money::zero(posting.amount.currency()));
      it->second = input_plus(it->second, posting.amount, entry.source, "the balance of " + posting.account);
      posting.balance_after = it->second;
      end_of_day.insert_or_assign({posting.account, entry.date}, it->second);
    }
  }
  std::map<std::string, const Entry*> closing_entry; // per settlement, its last entry
  for (const auto& entry : journal.entries) closing_entry[entry.settlement_id] = &entry;
  std::vector<std::pair<Day, std::string>> checked;
  for (const auto& [settlement_id, entry] : closing_entry) {
    const std::string& account = entry->postings.back().account; // clearing comes last in every entry
    if (std::find(checked.begin(), checked.end(), std::pair{entry->date, account}) != checked.end()) continue;
    checked.emplace_back(entry->date, account);
    journal.balance_checks.push_back({entry->date, account, end_of_day.at({account, entry->date})});
  }
  std::sort(journal.balance_checks.begin(), journal.balance_checks.end(),
            [](const auto& a, const auto& b) { return std::tie(a.date, a.account) < std::tie(b.date, b.account); });
}

// One clearing account runs one balance, so it holds one currency. Refused before anything is
// posted, naming a settlement of each currency.
void require_one_currency_per_clearing_account(const std::vector<Settlement>& settlements,
                                               const std::vector<std::string>& clearing_of) {
  std::map<std::string, const Settlement*> first_in;
  for (std::size_t i = 0; i < settlements.size(); ++i) {
    const Settlement& settlement = settlements[i];
    const auto [first, inserted] = first_in.try_emplace(clearing_of[i], &settlement);
    if (inserted || first->second->currency == settlement.currency) continue;
    const auto named = [](const Settlement& s) {
      return fmt::format("{} (settlement {} in {})", s.currency.code(), s.id, s.file);
    };
    throw InputError("--clearing-account", 0,
                     fmt::format("the clearing account {} would hold both {} and {}, but one account holds one currency",
                                 clearing_of[i], named(*first->second), named(settlement)))
        .with_hint("Put {marketplace} in its name for one clearing account per marketplace, as the default "
                   "Assets:Amazon:Clearing:{marketplace} does, or settle each currency in a run of its own.");
  }
}

} // namespace

PostingResult post_settlements(const std::vector<Settlement>& settlements, const AccountMap& map,
                               const PostingOptions& options, const std::vector<DepositMatch>& deposits) {
  PostingResult result;
  const auto codes = settlement_marketplace_codes(settlements);

  // Post in period order so that each settlement's clearing balance follows the one before it.
  std::vector<std::size_t> order(settlements.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return settlements[a].start < settlements[b].start; });

  std::vector<std::string> clearing_of;
  clearing_of.reserve(codes.size());
  for (const std::string& code : codes) clearing_of.push_back(replace_all(options.clearing_account, marketplace_placeholder, code));
  require_one_currency_per_clearing_account(settlements, clearing_of);

  std::vector<std::string> clearing_accounts;
  std::map<std::string, Money> clearing_balances;
  std::vector<std::optional<PostedSettlement>> posted(settlements.size());
  for (const std::size_t i : order) {
    const Settlement& settlement = settlements[i];
    const std::string& clearing = clearing_of[i];
    result.journal.account_origins.emplace(clearing, SourceRef{"--clearing-account", 0});
    if (std::find(clearing_accounts.begin(), clearing_accounts.end(), clearing) == clearing_accounts.end()) {
      clearing_accounts.push_back(clearing);
    }
    DepositMatch deposit = i < deposits.size() ? deposits[i] : DepositMatch{};
    if (deposits.empty() && !settlement.total.is_positive()) deposit.status = DepositStatus::not_expected;
    const Money change =
        SettlementPoster(settlement, deposit, clearing, codes[i], map, options, result.journal, result.findings).post();
    auto [balance, inserted] = clearing_balances.try_emplace(clearing, Money::zero(settlement.currency));
    balance->second = input_plus(balance->second, change, settlement.summary_source(), "the balance of " + clearing);
    posted[i] = PostedSettlement{clearing, balance->second, std::move(deposit)};
  }
  for (auto& entry : posted) result.posted.push_back(std::move(*entry));
  settle_order_and_balances(result.journal, clearing_accounts);
  return result;
}

} // namespace recon
