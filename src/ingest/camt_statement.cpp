#include "ingest/camt_statement.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "recon/base/amount_text.hpp"
#include "recon/base/calendar.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

// A day's statement of a busy account is a few megabytes; a file far larger is not one.
constexpr std::size_t max_camt_bytes = std::size_t{64} << 20U;
constexpr std::string_view camt_namespace = "urn:iso:std:iso:20022:tech:xsd:camt.";

constexpr std::string_view camt_hint = "recon reads ISO 20022 bank statements: CAMT.053 (<BkToCstmrStmt>) and CAMT.052 "
                                       "(<BkToCstmrAcctRpt>), one account a file, as the bank exports them.";

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, "the file cannot be read");
  std::string bytes;
  std::array<char, 65536> block{};
  while (bytes.size() <= max_camt_bytes && in.read(block.data(), block.size()).gcount() > 0) {
    bytes.append(block.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (bytes.size() > max_camt_bytes) {
    throw InputError(path, 0, fmt::format("the file is larger than the {} bytes a CAMT statement may have", max_camt_bytes))
        .with_hint("Export one account and one period a file.");
  }
  return bytes;
}

struct DocumentDeleter {
  void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};
struct ContextDeleter {
  void operator()(xmlParserCtxt* context) const noexcept { xmlFreeParserCtxt(context); }
};
using Document = std::unique_ptr<xmlDoc, DocumentDeleter>;

// Parsed with the network off, no external entity or DTD loaded and no entity substituted, and a
// document that declares a DTD at all refused: a bank statement has none, and entities are how XML
// files reach for other files or blow up in memory.
Document parse(const std::string& path, const std::string& bytes) {
  const std::unique_ptr<xmlParserCtxt, ContextDeleter> context(xmlNewParserCtxt());
  if (!context) throw std::bad_alloc();
  constexpr int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  Document doc(xmlCtxtReadMemory(context.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, options));
  if (!doc) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    std::string message = error && error->message ? error->message : "unknown error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw InputError(path, error ? static_cast<std::uint64_t>(std::max(error->line, 0)) : 0,
                     fmt::format("the file is not well-formed XML: {}", message))
        .with_hint(std::string(camt_hint));
  }
  if (doc->intSubset) {
    throw InputError(path, static_cast<std::uint64_t>(xmlGetLineNo(reinterpret_cast<xmlNode*>(doc->intSubset))),
                     "the file declares a DTD (<!DOCTYPE …>), which no bank statement has; recon does not read it")
        .with_hint(std::string(camt_hint));
  }
  return doc;
}

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::uint64_t line_of(const xmlNode* node) { return static_cast<std::uint64_t>(std::max(xmlGetLineNo(node), 0L)); }

// The elements of the document's own namespace: an element from another namespace inside a
// statement (a bank's extension) is not what the standard names.
class CamtTree {
public:
  explicit CamtTree(const xmlNs* ns) : ns_(ns) {}

  [[nodiscard]] std::vector<const xmlNode*> children(const xmlNode* node, std::string_view name) const {
    std::vector<const xmlNode*> found;
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
      if (child->type == XML_ELEMENT_NODE && child->ns && ns_ && xmlStrEqual(child->ns->href, ns_->href) && name_of(child) == name) {
        found.push_back(child);
      }
    }
    return found;
  }
  [[nodiscard]] const xmlNode* child(const xmlNode* node, std::string_view name) const {
    const auto found = children(node, name);
    return found.empty() ? nullptr : found.front();
  }
  // The element at the end of a path of names, or null.
  [[nodiscard]] const xmlNode* find(const xmlNode* node, std::initializer_list<std::string_view> path) const {
    for (const std::string_view name : path) node = child(node, name);
    return node;
  }

private:
  const xmlNs* ns_;
};

std::string text_of(const xmlNode* node) {
  if (!node) return {};
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

// ISODate, or the date of an ISODateTime as the bank wrote it ("2026-03-20T23:30:00+01:00" is the
// 20th): the zone says where the bank is, not another day.
std::optional<Day> camt_day(const std::string& text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' || (text.size() > 10 && text[10] != 'T')) return std::nullopt;
  const auto reading = parse_date(std::string_view(text).substr(0, 10));
  if (!reading || !reading.value().month_first) return std::nullopt;
  return reading.value().month_first;
}

std::string balance_reason(const std::string& code) {
  constexpr std::pair<std::string_view, std::string_view> names[] = {
      {"OPBD", "opening balance"}, {"CLBD", "closing balance"}, {"PRCD", "previous closing balance"},
      {"ITBD", "interim balance"}, {"CLAV", "closing available balance"}, {"ITAV", "interim available balance"},
      {"FWAV", "forward available balance"}, {"OPAV", "opening available balance"}, {"INFO", "balance for information"}};
  for (const auto& [known, reason] : names) {
    if (code == known) return std::string(reason);
  }
  return fmt::format("balance ({})", code.empty() ? "no type" : code);
}

class CamtReader {
public:
  CamtReader(const std::string& path, const CamtTree& tree) : path_(path), tree_(tree) {}

  BankStatement read(const xmlNode* statement_node, BankFormat format) const {
    BankStatement statement{path_, account_currency(statement_node), {}, Day::max(), Day::min(), format, CurrencyOrigin::file};
    for (const xmlNode* balance : tree_.children(statement_node, "Bal")) statement.skipped.push_back(skipped_balance(balance));
    for (const xmlNode* entry : tree_.children(statement_node, "Ntry")) read_entry(entry, statement);
    for (const BankLine& line : statement.lines) {
      statement.first = std::min(statement.first, line.date);
      statement.last = std::max(statement.last, line.date);
    }
    cover_stated_period(statement_node, statement);
    std::sort(statement.skipped.begin(), statement.skipped.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    return statement;
  }

private:
  [[nodiscard]] InputError error_at(const xmlNode* node, std::string message) const {
    return InputError(path_, line_of(node), std::move(message)).with_hint(std::string(camt_hint));
  }

  // The account's currency: <Acct><Ccy>, which the standard makes optional, else the currency of
  // the first entry's amount, which every entry states.
  [[nodiscard]] Currency account_currency(const xmlNode* statement_node) const {
    if (const xmlNode* node = tree_.find(statement_node, {"Acct", "Ccy"})) {
      const auto currency = Currency::from_code(text_of(node));
      if (!currency) throw error_at(node, fmt::format("the account's currency \"{}\" is not an ISO 4217 code recon knows", text_of(node)));
      return *currency;
    }
    for (const xmlNode* entry : tree_.children(statement_node, "Ntry")) return signed_amount(entry).currency();
    throw error_at(statement_node, "the statement names no currency: no <Acct><Ccy> and no entry");
  }

  // <Sts>BOOK</Sts> up to version .07, <Sts><Cd>BOOK</Cd></Sts> from .08.
  [[nodiscard]] std::string status_of(const xmlNode* entry) const {
    const xmlNode* status = tree_.child(entry, "Sts");
    if (!status) throw error_at(entry, "the entry has no status (<Sts>): booked or pending cannot be told");
    const xmlNode* code = tree_.child(status, "Cd");
    return text_of(code ? code : status);
  }

  [[nodiscard]] std::string description_of(const xmlNode* entry) const {
    std::string description = text_of(tree_.child(entry, "AddtlNtryInf"));
    for (const xmlNode* details : tree_.children(entry, "NtryDtls")) {
      for (const xmlNode* transaction : tree_.children(details, "TxDtls")) {
        for (const xmlNode* remittance : tree_.children(transaction, "RmtInf")) {
          for (const xmlNode* unstructured : tree_.children(remittance, "Ustrd")) {
            const std::string text = text_of(unstructured);
            if (text.empty()) continue;
            if (!description.empty()) description += ' ';
            description += text;
          }
        }
      }
    }
    return description;
  }

  // The signed amount of an <Amt Ccy="…"> and the <CdtDbtInd> beside it.
  [[nodiscard]] Money signed_amount(const xmlNode* parent) const {
    const xmlNode* amount = tree_.child(parent, "Amt");
    if (!amount) throw error_at(parent, "no amount (<Amt>)");
    xmlChar* code = xmlGetProp(amount, reinterpret_cast<const xmlChar*>("Ccy"));
    const std::string code_text = code ? reinterpret_cast<const char*>(code) : "";
    xmlFree(code);
    const auto currency = Currency::from_code(code_text);
    if (!currency) throw error_at(amount, fmt::format("the amount's currency (Ccy) \"{}\" is not an ISO 4217 code recon knows", code_text));
    const std::string text = text_of(amount);
    // CAMT amounts are unsigned: the indicator is the sign, and a sign in the amount is a damaged file.
    const auto minor = text.find_first_of("+-") == std::string::npos ? parse_minor_units(text, currency->exponent(), DecimalMark::point)
                                                                     : ParseResult<std::int64_t>::failure("a CAMT amount carries no sign");
    if (!minor) throw error_at(amount, fmt::format("the amount \"{}\" cannot be read: {}", text, minor.error()));
    const std::string indicator = text_of(tree_.child(parent, "CdtDbtInd"));
    if (indicator == "CRDT") return Money(minor.value(), *currency);
    if (indicator == "DBIT") return Money(-minor.value(), *currency);
    throw error_at(parent, fmt::format("the credit/debit indicator (<CdtDbtInd>) is \"{}\", not CRDT or DBIT", indicator));
  }

  [[nodiscard]] static std::string summary(const Money& amount, const std::string& text) {
    return fmt::format("{} {}{}{}", to_plain_string(amount), amount.currency().code(), text.empty() ? "" : " ", text);
  }

  [[nodiscard]] SkippedBankLine skipped_balance(const xmlNode* balance) const {
    const std::string code = text_of(tree_.find(balance, {"Tp", "CdOrPrtry", "Cd"}));
    const std::string day = text_of(tree_.find(balance, {"Dt", "Dt"})) + text_of(tree_.find(balance, {"Dt", "DtTm"}));
    return {line_of(balance), balance_reason(code), summary(signed_amount(balance), day)};
  }

  void read_entry(const xmlNode* entry, BankStatement& statement) const {
    const std::string status = status_of(entry);
    const Money amount = signed_amount(entry);
    std::string description = description_of(entry);
    if (status == "PDNG" || status == "INFO") {
      const char* reason = status == "PDNG" ? "pending: not yet booked" : "information only: not booked";
      statement.skipped.push_back({line_of(entry), reason, summary(amount, description)});
      return;
    }
    if (status != "BOOK") throw error_at(entry, fmt::format("the entry's status is \"{}\", not BOOK, PDNG or INFO", status));
    // The booking date, not the value date: the day the money is on the account's statement.
    const xmlNode* booked = tree_.child(entry, "BookgDt");
    const xmlNode* date = booked ? tree_.child(booked, "Dt") : nullptr;
    if (!date && booked) date = tree_.child(booked, "DtTm");
    if (!date) throw error_at(entry, "the booked entry has no booking date (<BookgDt><Dt> or <DtTm>)");
    const auto day = camt_day(text_of(date));
    if (!day) throw error_at(date, fmt::format("the booking date \"{}\" is not an ISO date", text_of(date)));
    statement.lines.push_back({{path_, line_of(entry)}, *day, amount, std::move(description)});
  }

  // The period the statement says it covers (<FrToDt>), which may reach past its first and last entries.
  void cover_stated_period(const xmlNode* statement_node, BankStatement& statement) const {
    const xmlNode* period = tree_.child(statement_node, "FrToDt");
    for (const auto& [name, from] : {std::pair{"FrDtTm", true}, std::pair{"ToDtTm", false}}) {
      const xmlNode* node = tree_.child(period, name);
      if (!node) continue;
      const auto day = camt_day(text_of(node));
      if (!day) throw error_at(node, fmt::format("the date \"{}\" is not an ISO date and time", text_of(node)));
      if (from) statement.first = std::min(statement.first, *day);
      else statement.last = std::max(statement.last, *day);
    }
    if (statement.first == Day::max() || statement.last == Day::min()) {
      throw error_at(statement_node, "the statement has no booked entries and no period (<FrToDt>)");
    }
  }

  const std::string& path_;
  const CamtTree& tree_;
};

} // namespace

bool looks_like_camt(const std::vector<std::string>& first_lines) {
  return std::any_of(first_lines.begin(), first_lines.end(),
                     [](const std::string& line) { return line.find(camt_namespace) != std::string::npos; });
}

BankStatement read_camt_statement(const std::string& path) {
  const Document doc = parse(path, file_bytes(path));
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const std::string ns = root && root->ns ? reinterpret_cast<const char*>(root->ns->href) : "";
  const CamtTree tree(root ? root->ns : nullptr);
  const bool is_053 = ns.starts_with(fmt::format("{}053.", camt_namespace));
  const bool is_052 = ns.starts_with(fmt::format("{}052.", camt_namespace));
  if (!root || name_of(root) != "Document" || !(is_053 || is_052)) {
    throw InputError(path, root ? line_of(root) : 0,
                     fmt::format("the document is {}, not a CAMT.053 or CAMT.052 statement",
                                 ns.empty() ? "in no namespace" : fmt::format("\"{}\"", ns)))
        .with_hint(std::string(camt_hint));
  }
  const xmlNode* message = tree.child(root, is_053 ? "BkToCstmrStmt" : "BkToCstmrAcctRpt");
  const auto statements = tree.children(message, is_053 ? "Stmt" : "Rpt");
  if (statements.size() != 1) {
    throw InputError(path, message ? line_of(message) : line_of(root),
                     statements.empty() ? std::string("the document holds no statement")
                                        : fmt::format("the document holds {} statements; recon reads one account a file", statements.size()))
        .with_hint("Export each account's statement to a file of its own and give them all.");
  }
  return CamtReader(path, tree).read(statements.front(), is_053 ? BankFormat::camt053 : BankFormat::camt052);
}

} // namespace recon
