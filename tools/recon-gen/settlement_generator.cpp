#include "settlement_generator.hpp"

#include <array>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "output_file.hpp"
#include "random.hpp"

namespace recon_gen {
namespace {

using namespace std::chrono_literals;

constexpr auto period_length = std::chrono::seconds{date::days{14}};
constexpr std::string_view upper_alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr std::string_view mixed_alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::string_view digits = "0123456789";

// One body row. Views point at strings owned by the generator and live until the sink returns.
struct BodyRow {
  std::string_view transaction_type{};
  std::string_view order_id{};
  std::string_view adjustment_id{};
  std::string_view shipment_id{};
  std::string_view marketplace{};
  std::string_view amount_type{};
  std::string_view amount_description{};
  std::int64_t amount = 0;
  std::string_view fulfillment{};
  Instant posted{};
  std::string_view order_item_code{};
  std::string_view sku{};
  int quantity = 0; // 0: empty
  std::string_view promotion_id{};
};

// `base` (an order's or refund's shared fields) carrying one of its amounts.
BodyRow with_amount(BodyRow base, std::string_view amount_type, std::string_view description, std::int64_t amount) {
  base.amount_type = amount_type;
  base.amount_description = description;
  base.amount = amount;
  return base;
}

struct CatalogueItem {
  std::string sku;
  std::int64_t price; // minor units
  std::int64_t fulfilment_fee;
};

std::int64_t scaled(std::int64_t cents, const MarketLocale& locale) { return cents * locale.price_scale / 100; }

std::vector<CatalogueItem> make_catalogue(Random& random, const MarketLocale& locale) {
  std::vector<CatalogueItem> items;
  for (int i = 0; i < 48; ++i) {
    std::string sku = "RG-";
    random.append_chars(sku, upper_alnum, 6);
    const std::int64_t cents = random.between(4, 90) * 100 - 1; // 3.99 … 89.99
    items.push_back({std::move(sku), scaled(cents, locale), scaled(random.between(300, 900), locale)});
  }
  return items;
}

// Produces the body rows of one settlement, in file order, for a sink that either sums them (the
// first pass, which learns total-amount for the summary row) or writes them.
template <typename Sink> class BodyGenerator {
public:
  BodyGenerator(const SettlementSpec& spec, Sink& sink)
      : spec_(spec), locale_(*spec.locale), random_(spec.seed), sink_(sink), catalogue_(make_catalogue(random_, locale_)) {}

  // Returns the reserve held back at the end (positive).
  std::int64_t run() {
    const std::int64_t body = spec_.lines - 2;
    std::int64_t head = 0;
    if (spec_.opening_reserve != 0) {
      carry("Previous Reserve Amount Balance", spec_.opening_reserve, spec_.start);
      ++head;
    }
    if (spec_.carried_negative != 0) {
      carry("Payable to Amazon", spec_.carried_negative, spec_.start - 1s);
      ++head;
      if (random_.percent(50)) { // Amazon charged the card on file for it
        carry("Successful charge", -spec_.carried_negative, spec_.start + 3h);
        ++head;
      }
    }
    middle_ = body - head - 1;
    if (middle_ < 0) throw std::invalid_argument("too few lines for this settlement's carry lines");
    while (done_ < middle_) next_event();
    const std::int64_t held = principal_ * 3 / 100; // Amazon holds a share of recent sales back
    carry("Current Reserve Amount", -held, spec_.start + period_length - 1min);
    return held;
  }

private:
  // When the event at the current row happens: evenly through the period, with some jitter.
  [[nodiscard]] Instant now_posted() {
    const auto elapsed = period_length.count() * done_ / (middle_ + 1);
    return spec_.start + std::chrono::seconds{elapsed + static_cast<std::int64_t>(random_.below(50))};
  }

  [[nodiscard]] std::int64_t left() const { return middle_ - done_; }

  void next_event() {
    const std::uint64_t roll = random_.below(1000);
    // Advertising for two reasons: a rare event, and the row that fills the last few exactly.
    if (roll < 3) { // NOLINT(bugprone-branch-clone)
      advertising();
    } else if (roll < 4) {
      account_fee();
    } else if (roll < 40 && left() >= 6) {
      refund();
    } else if (left() >= 10) {
      order_item();
    } else {
      advertising(); // fills the last few rows exactly
    }
  }

  void emit(BodyRow row) {
    sink_(row);
    ++done_;
  }

  void carry(std::string_view label, std::int64_t amount, Instant posted) {
    sink_(BodyRow{.transaction_type = "other-transaction", .amount_type = "other-transaction",
                  .amount_description = label, .amount = amount, .posted = posted});
  }

  void advertising() {
    emit({.transaction_type = "ServiceFee", .amount_type = "Cost of Advertising",
          .amount_description = "TransactionTotalAmount", .amount = -scaled(random_.between(500, 90000), locale_),
          .posted = now_posted()});
  }

  void account_fee() {
    static constexpr std::array<std::string_view, 4> fees{"Storage Fee", "Subscription Fee", "FBAInboundTransportationFee",
                                                           "DisposalComplete"};
    const Instant posted = now_posted();
    if (random_.percent(30)) {
      emit({.transaction_type = "other-transaction", .amount_type = "FBA Inventory Reimbursement",
            .amount_description = "WAREHOUSE_DAMAGE", .amount = scaled(random_.between(400, 6000), locale_),
            .posted = posted});
      return;
    }
    emit({.transaction_type = "other-transaction", .amount_type = "other-transaction",
          .amount_description = fees[random_.below(fees.size())], .amount = -scaled(random_.between(100, 40000), locale_),
          .posted = posted});
  }

  void new_order_id() {
    order_id_.assign(locale_.order_prefix);
    random_.append_chars(order_id_, digits, 1);
    order_id_.push_back('-');
    random_.append_chars(order_id_, digits, 7);
    order_id_.push_back('-');
    random_.append_chars(order_id_, digits, 7);
    shipment_id_.clear();
    random_.append_chars(shipment_id_, mixed_alnum, 9);
  }

  void order_item() {
    if (order_id_.empty() || !random_.percent(20)) new_order_id(); // a fifth of orders have several items
    item_code_.clear();
    random_.append_chars(item_code_, digits, 14);
    const CatalogueItem& item = catalogue_[random_.below(catalogue_.size())];
    const int quantity = random_.percent(85) ? 1 : static_cast<int>(random_.between(2, 4));
    const std::int64_t principal = item.price * quantity;
    const bool shipping = random_.percent(20);
    const bool promotion = random_.percent(10);
    const std::int64_t shipping_charge = shipping ? scaled(random_.between(299, 899), locale_) : 0;
    const std::int64_t tax_rate_bp = locale_.tax == SalesTax::au_low_value ? 1000 : random_.between(400, 950);
    const bool taxed = locale_.tax != SalesTax::included_vat;
    const std::int64_t tax = taxed ? principal * tax_rate_bp / 10000 : 0;
    const std::int64_t shipping_tax = taxed ? shipping_charge * tax_rate_bp / 10000 : 0;
    if (promotion) {
      promotion_id_.clear();
      random_.append_chars(promotion_id_, upper_alnum, 14);
    }

    const BodyRow base{.transaction_type = "Order", .order_id = order_id_, .shipment_id = shipment_id_,
                       .marketplace = locale_.marketplace, .fulfillment = "AFN", .posted = now_posted(),
                       .order_item_code = item_code_, .sku = item.sku, .quantity = quantity};
    const auto line = [&base](std::string_view type, std::string_view description, std::int64_t amount) {
      return with_amount(base, type, description, amount);
    };
    const std::string_view withheld =
        locale_.tax == SalesTax::au_low_value ? "LowValueGoodsTax-Principal" : "MarketplaceFacilitatorTax-Principal";
    const std::string_view withheld_shipping =
        locale_.tax == SalesTax::au_low_value ? "LowValueGoodsTax-Shipping" : "MarketplaceFacilitatorTax-Shipping";

    emit(line("ItemPrice", "Principal", principal));
    if (taxed) emit(line("ItemPrice", "Tax", tax));
    if (shipping) {
      emit(line("ItemPrice", "Shipping", shipping_charge));
      if (taxed) emit(line("ItemPrice", "ShippingTax", shipping_tax));
    }
    if (promotion) {
      BodyRow row = line("Promotion", "Principal", -(principal / 10));
      row.promotion_id = promotion_id_;
      emit(row);
    }
    if (taxed) emit(line("ItemWithheldTax", withheld, -tax));
    if (taxed && shipping) emit(line("ItemWithheldTax", withheld_shipping, -shipping_tax));
    emit(line("ItemFees", "FBAPerUnitFulfillmentFee", -item.fulfilment_fee * quantity));
    emit(line("ItemFees", "Commission", -(principal * 15 / 100)));
    if (shipping) emit(line("ItemFees", "ShippingChargeback", -shipping_charge));
    principal_ += principal;
  }

  void refund() {
    new_order_id();
    adjustment_id_.assign("amzn1:crow:");
    random_.append_chars(adjustment_id_, mixed_alnum, 22);
    const CatalogueItem& item = catalogue_[random_.below(catalogue_.size())];
    const bool taxed = locale_.tax != SalesTax::included_vat;
    const std::int64_t tax = taxed ? item.price * 7 / 100 : 0;
    const std::int64_t commission = item.price * 15 / 100;

    const BodyRow base{.transaction_type = "Refund", .order_id = order_id_, .adjustment_id = adjustment_id_,
                       .marketplace = locale_.marketplace, .fulfillment = "AFN", .posted = now_posted(),
                       .sku = item.sku, .quantity = 1};
    const auto line = [&base](std::string_view type, std::string_view description, std::int64_t amount) {
      return with_amount(base, type, description, amount);
    };
    emit(line("ItemPrice", "Principal", -item.price));
    if (taxed) {
      emit(line("ItemPrice", "Tax", -tax));
      emit(line("ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", tax));
    }
    emit(line("ItemFees", "Commission", commission));
    emit(line("ItemFees", "RefundCommission", -std::min<std::int64_t>(commission / 5, scaled(500, locale_))));
  }

  const SettlementSpec& spec_;
  const MarketLocale& locale_;
  Random random_;
  Sink& sink_;
  std::vector<CatalogueItem> catalogue_;
  std::int64_t middle_ = 0; // rows between the opening carry lines and the closing reserve
  std::int64_t done_ = 0;
  std::int64_t principal_ = 0;
  std::string order_id_;
  std::string shipment_id_;
  std::string item_code_;
  std::string adjustment_id_;
  std::string promotion_id_;
};

struct SummingSink {
  std::int64_t total = 0;
  void operator()(const BodyRow& row) { total += row.amount; }
};

// Writes rows as Amazon does: 24 tab-separated fields, the six summary fields empty on body rows.
class WritingSink {
public:
  WritingSink(OutputFile& out, const SettlementSpec& spec) : out_(out), spec_(spec) {}

  void operator()(const BodyRow& row) {
    std::string& text = out_.text();
    const MarketLocale& locale = *spec_.locale;
    text.append(spec_.id).append(6, '\t');
    append_fields(text, {row.transaction_type, row.order_id, row.order_id, row.adjustment_id, row.shipment_id,
                         row.marketplace, row.amount_type, row.amount_description});
    append_amount(text, row.amount, locale.exponent, locale.decimal_mark);
    text.append(1, '\t').append(row.fulfillment).append(1, '\t');
    if (row.posted != last_posted_) {
      last_posted_ = row.posted;
      posted_text_.clear();
      append_posted_date(posted_text_, std::chrono::floor<date::days>(row.posted), locale.dates);
      posted_text_.push_back('\t');
      append_instant(posted_text_, row.posted, locale.dates);
    }
    text.append(posted_text_).append(1, '\t');
    append_fields(text, {row.order_item_code, {}, {}, row.sku});
    if (row.quantity > 0) text.append(std::to_string(row.quantity));
    text.append(1, '\t').append(row.promotion_id).append(1, '\n');
    out_.line_done();
  }

private:
  static void append_fields(std::string& text, std::initializer_list<std::string_view> fields) {
    for (const std::string_view field : fields) text.append(field).append(1, '\t');
  }

  OutputFile& out_;
  const SettlementSpec& spec_;
  Instant last_posted_{};
  std::string posted_text_;
};

constexpr std::string_view header =
    "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\t"
    "transaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\t"
    "amount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time\torder-item-code\t"
    "merchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased\tpromotion-id\n";

} // namespace

SettlementFacts write_settlement(const SettlementSpec& spec, const std::string& path) {
  if (spec.lines < 4) throw std::invalid_argument("a settlement needs at least 4 lines");
  const MarketLocale& locale = *spec.locale;
  const Instant end = spec.start + period_length;
  const Instant deposit = end + std::chrono::seconds{date::days{2}};

  SummingSink sum;
  const std::int64_t held = BodyGenerator<SummingSink>(spec, sum).run();

  OutputFile out(path);
  std::string& text = out.text();
  text.append(header);
  text.append(spec.id).append(1, '\t');
  for (const Instant instant : {spec.start, end, deposit}) {
    append_instant(text, instant, locale.dates);
    text.push_back('\t');
  }
  append_amount(text, sum.total, locale.exponent, locale.decimal_mark);
  text.append(1, '\t').append(locale.currency).append(18, '\t').append(1, '\n');
  WritingSink writer(out, spec);
  BodyGenerator<WritingSink>(spec, writer).run();
  out.close();

  return {spec.id, path, spec.start, end, std::chrono::floor<date::days>(deposit), sum.total, held};
}

} // namespace recon_gen
