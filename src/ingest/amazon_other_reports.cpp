#include "ingest/amazon_other_reports.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "recon/base/input_error.hpp"

namespace recon {
namespace {

// The Date Range report's "date/time" and "settlement id" columns in each marketplace's language:
// US/UK/CA/AU/IN, MX, FR (two wordings), DE, IT, ES, NL, SE, PL, JP. Lower case, as compared.
constexpr std::string_view date_time_names[] = {"date/time", "fecha/hora",   "date/heure", "datum/uhrzeit", "data/ora",
                                                "data/ora:", "fecha y hora", "datum/tijd", "datum/tid",     "data/godzina",
                                                "日付/時間"};
constexpr std::string_view settlement_id_names[] = {
    "settlement id",         "id. de liquidación", "numéro de versement", "identifiant du paiement",
    "abrechnungsnummer",     "numero pagamento",   "identificador de pago", "schikkings-id",
    "reglerings-id",         "identyfikator rozliczenia", "決済番号"};

constexpr std::string_view flat_file_v2_hint =
    "recon reads each settlement's Flat File V2: Seller Central > Reports > Payments > All Statements > "
    "Download Flat File V2.";

// The fields of a header line: quoted or not, separated by commas (or the semicolons and tabs a
// spreadsheet writes when it saves one again), trimmed and in ASCII lower case.
std::vector<std::string> header_fields(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (const char c : line) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
      fields.emplace_back();
    } else {
      fields.back() += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  for (auto& field : fields) {
    field.erase(0, field.find_first_not_of(' '));
    field.erase(field.find_last_not_of(' ') + 1);
  }
  return fields;
}

template <std::size_t N>
bool has_any(const std::vector<std::string>& fields, const std::string_view (&names)[N]) {
  return std::any_of(fields.begin(), fields.end(), [&names](const std::string& field) {
    return std::find(std::begin(names), std::end(names), field) != std::end(names);
  });
}

[[noreturn]] void refuse(const FileHead& head, std::size_t line, std::string message) {
  const std::string excerpt = head.lines.size() > line ? head.lines[line].substr(0, 200) : std::string();
  throw InputError(head.path, line + 1, std::move(message))
      .with_excerpt(excerpt, 0, excerpt.size())
      .with_hint(std::string(flat_file_v2_hint));
}

} // namespace

std::optional<std::size_t> date_range_header(const FileHead& head) {
  for (std::size_t i = 0; i < head.lines.size(); ++i) {
    const auto fields = header_fields(head.lines[i]);
    if (has_any(fields, date_time_names) && has_any(fields, settlement_id_names)) return i;
  }
  return std::nullopt;
}

bool looks_like_date_range_report(const FileHead& head) { return date_range_header(head).has_value(); }

void refuse_date_range_report(const FileHead& head) {
  refuse(head, date_range_header(head).value_or(0),
         "this is Amazon's Date Range (transaction) report, which recon does not read: it spreads each transaction "
         "over amount columns and takes in every settlement its dates overlap, so it cannot be footed or matched "
         "settlement by settlement");
}

bool looks_like_xml_settlement_report(const FileHead& head) {
  // Amazon writes the envelope and the report's element on the first lines; the XML declaration
  // before them is optional.
  return std::any_of(head.lines.begin(), head.lines.end(), [](const std::string& line) {
    return line.find("<AmazonEnvelope") != std::string::npos || line.find("<SettlementReport>") != std::string::npos;
  });
}

void refuse_xml_settlement_report(const FileHead& head) {
  const auto envelope = std::find_if(head.lines.begin(), head.lines.end(), [](const std::string& line) {
    return line.find("<AmazonEnvelope") != std::string::npos || line.find("<SettlementReport>") != std::string::npos;
  });
  refuse(head, static_cast<std::size_t>(envelope - head.lines.begin()),
         "this is Amazon's XML settlement report, which recon does not read");
}

void refuse_other_amazon_report(const FileHead& head) {
  if (looks_like_date_range_report(head)) refuse_date_range_report(head);
  if (looks_like_xml_settlement_report(head)) refuse_xml_settlement_report(head);
}

} // namespace recon
