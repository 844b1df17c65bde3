// --clearing-opening: books that include recon's journal may already hold, in the clearing account,
// the reserve Amazon kept back before the first settlement recon posts. recon's balance assertions
// count from zero, so each one is raised by what the account held before.

#include <algorithm>

#include <fmt/format.h>

#include "export/journal_writers.hpp"
#include "recon/base/amount_text.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

// The clearing accounts are those recon asserts, in the order they are first asserted.
std::vector<std::pair<std::string, Currency>> clearing_accounts_of(const Journal& journal) {
  std::vector<std::pair<std::string, Currency>> accounts;
  for (const auto& check : journal.balance_checks) {
    const auto same = [&](const auto& known) { return known.first == check.account; };
    if (std::none_of(accounts.begin(), accounts.end(), same)) accounts.emplace_back(check.account, check.balance.currency());
  }
  return accounts;
}

std::pair<std::string, Money> resolve(const ClearingOpening& opening, const std::vector<std::pair<std::string, Currency>>& accounts) {
  const auto* found = &accounts.front();
  if (opening.account.empty()) {
    if (accounts.size() > 1) {
      throw InputError("--clearing-opening", 0, fmt::format("the journal has {} clearing accounts, so recon cannot tell "
                                                            "which one held {}",
                                                            accounts.size(), opening.amount))
          .with_hint("Name the account: --clearing-opening ACCOUNT=AMOUNT, once for each.");
    }
  } else {
    const auto it = std::find_if(accounts.begin(), accounts.end(), [&](const auto& known) { return known.first == opening.account; });
    if (it == accounts.end()) {
      throw InputError("--clearing-opening", 0, "the journal has no clearing account '" + opening.account + "'")
          .with_hint(fmt::format("Its clearing account is {}.", accounts.front().first));
    }
    found = &*it;
  }
  const Currency currency = found->second;
  const auto minor = parse_minor_units(opening.amount, currency.exponent(), DecimalMark::point);
  if (!minor) {
    throw InputError("--clearing-opening", 0,
                     fmt::format("'{}' is not an amount in {}: {}", opening.amount, currency.code(), minor.error()))
        .with_hint("Write it as 148.20, with a decimal point and no currency.");
  }
  return {found->first, Money(minor.value(), currency)};
}

} // namespace

Journal with_clearing_openings(const Journal& journal, const std::vector<ClearingOpening>& openings) {
  if (openings.empty() || journal.balance_checks.empty()) return journal;
  const auto accounts = clearing_accounts_of(journal);
  Journal opened = journal;
  for (const auto& opening : openings) {
    const auto [account, amount] = resolve(opening, accounts);
    for (auto& entry : opened.entries) {
      for (auto& posting : entry.postings) {
        if (posting.account == account && posting.balance_after) posting.balance_after = *posting.balance_after + amount;
      }
    }
    for (auto& check : opened.balance_checks) {
      if (check.account == account) check.balance = check.balance + amount;
    }
  }
  return opened;
}

} // namespace recon
