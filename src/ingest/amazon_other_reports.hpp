#pragma once
// Amazon's reports that are not settlement reports, told apart so that recon can refuse them by name
// and point to the report it reads instead, rather than take them for a bank export and ask for
// column names that cannot help.
//
// - The Date Range (transaction) report, a CSV: a preamble of explanatory lines ("Includes Amazon
//   Marketplace, Fulfillment by Amazon (FBA), …", "All amounts in USD, unless specified"), then a
//   header "date/time","settlement id","type",… in the marketplace's language. It spreads each
//   transaction over amount columns and pulls in every settlement its dates overlap, so it cannot be
//   footed per settlement.
// - The XML settlement report (<AmazonEnvelope> … <SettlementReport>), which Amazon has retired.

#include "recon/ingest/importer.hpp"

namespace recon {

// The line (0-based, within the head) of a Date Range report's header, if the head has one.
[[nodiscard]] std::optional<std::size_t> date_range_header(const FileHead& head);
[[nodiscard]] bool looks_like_date_range_report(const FileHead& head);
[[noreturn]] void refuse_date_range_report(const FileHead& head);

[[nodiscard]] bool looks_like_xml_settlement_report(const FileHead& head);
[[noreturn]] void refuse_xml_settlement_report(const FileHead& head);

// Throws the refusal of whichever of these `head` is; returns if it is neither.
void refuse_other_amazon_report(const FileHead& head);

} // namespace recon
