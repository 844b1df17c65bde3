#include "recon/base/input_error.hpp"
#include "ingest/report_layout.hpp"
#include "ingest/amazon_other_reports.hpp"

#include <algorithm>
#include <string>

#include "io/tab_fields.hpp"

namespace recon {
namespace {

class HeaderIndex {
public:
  HeaderIndex(const std::vector<std::string_view>& header, std::string_view header_line, const std::string& file)
      : header_(header), header_line_(header_line), file_(file) {}

  [[nodiscard]] std::optional<std::size_t> find(std::string_view name) const {
    const auto found = std::find_if(header_.begin(), header_.end(),
                                    [name](std::string_view field) { return trim_field(field) == name; });
    if (found == header_.end()) return std::nullopt;
    return static_cast<std::size_t>(found - header_.begin());
  }

  [[nodiscard]] bool has(std::string_view name) const { return find(name).has_value(); }

  [[nodiscard]] std::size_t require(std::string_view name, std::string_view format) const {
    if (const auto index = find(name)) return *index;
    throw InputError(file_, 1, "the header has no '" + std::string(name) + "' column, which every " +
                                   std::string(format) + " settlement report has")
        .with_excerpt(std::string(header_line_), 0, header_line_.size())
        .with_hint("Download the report again from Seller Central (Reports > Payments > All Statements).");
  }

private:
  const std::vector<std::string_view>& header_;
  std::string_view header_line_;
  const std::string& file_;
};

[[noreturn]] void refuse(std::string_view header_line, const std::string& file, std::string message, std::string hint) {
  const std::string excerpt(header_line.substr(0, 200));
  throw InputError(file, 1, std::move(message)).with_excerpt(excerpt, 0, excerpt.size()).with_hint(std::move(hint));
}

[[noreturn]] void refuse_unknown(std::string_view header_line, const std::string& file) {
  const bool comma_separated = header_line.find("settlement-id,") != std::string_view::npos ||
                               header_line.find("settlement-id;") != std::string_view::npos;
  if (comma_separated) {
    refuse(header_line, file, "this settlement report is comma- or semicolon-separated; Amazon's flat file is tab-separated",
           "It was probably saved from a spreadsheet. Download the report again and give it to recon unopened.");
  }
  // Amazon's other reports start with a preamble or an XML declaration, not a header: look at the
  // file's first lines to name them (recon foot reads its files without the importer table).
  refuse_other_amazon_report(read_file_head(file));
  refuse(header_line, file, "this is not an Amazon settlement report: its first line is not a header starting with settlement-id",
         "recon reads Amazon's settlement Flat File V2 and the older V1 flat file, tab-separated, as downloaded "
         "from Seller Central.");
}

SummaryColumns summary_columns(const HeaderIndex& index, std::string_view format) {
  return {index.require("settlement-id", format),  index.require("settlement-start-date", format),
          index.require("settlement-end-date", format), index.require("deposit-date", format),
          index.require("total-amount", format),   index.require("currency", format)};
}

// The columns both formats share.
ReportLayout common_layout(ReportFormat report_format, const HeaderIndex& index, std::size_t field_count,
                           std::string_view format) {
  ReportLayout layout;
  layout.format = report_format;
  layout.field_count = field_count;
  layout.summary = summary_columns(index, format);
  layout.transaction_type = index.require("transaction-type", format);
  layout.marketplace = index.require("marketplace-name", format);
  layout.posted_date = index.require("posted-date", format);
  return layout;
}

ReportLayout v2_layout(const HeaderIndex& index, std::size_t field_count) {
  constexpr std::string_view format = "Flat File V2";
  ReportLayout layout = common_layout(ReportFormat::amazon_v2, index, field_count, format);
  layout.posted_date_time = index.find("posted-date-time");
  layout.amount_type = index.require("amount-type", format);
  layout.amount_description = index.require("amount-description", format);
  layout.amount = index.require("amount", format);
  return layout;
}

ReportLayout v1_layout(const HeaderIndex& index, std::size_t field_count) {
  constexpr std::string_view format = "V1 flat-file";
  ReportLayout layout = common_layout(ReportFormat::amazon_v1, index, field_count, format);

  // The nine typed amount columns, filed under the V2 amount-type that carries the same money.
  struct Typed {
    std::string_view amount;
    std::string_view label;
    std::string_view amount_type;
  };
  constexpr Typed typed_columns[] = {
      {"price-amount", "price-type", "ItemPrice"},
      {"item-related-fee-amount", "item-related-fee-type", "ItemFees"},
      {"shipment-fee-amount", "shipment-fee-type", "ShipmentFees"},
      {"order-fee-amount", "order-fee-type", "OrderFees"},
      {"promotion-amount", "promotion-type", "Promotion"},
      {"misc-fee-amount", "", "MiscFees"},
      {"other-fee-amount", "other-fee-reason-description", "OtherFees"},
      {"direct-payment-amount", "direct-payment-type", "DirectPayment"},
      {"other-amount", "", "other-transaction"},
  };
  for (const auto& typed : typed_columns) {
    if (const auto amount = index.find(typed.amount)) {
      layout.v1_amounts.push_back({*amount, typed.label.empty() ? std::nullopt : index.find(typed.label), typed.amount_type});
    }
  }
  (void)index.require("other-amount", format); // every V1 variant has it; its absence means another file
  return layout;
}

} // namespace

ReportLayout detect_layout(const std::vector<std::string_view>& header, std::string_view header_line,
                           const std::string& file) {
  const HeaderIndex index(header, header_line, file);
  if (!index.has("settlement-id")) refuse_unknown(header_line, file);
  if (index.has("amount-type") || index.has("amount-description")) return v2_layout(index, header.size());
  if (index.has("other-amount") || index.has("price-amount")) return v1_layout(index, header.size());
  refuse_unknown(header_line, file);
}

} // namespace recon
