// The built-in chart of accounts for Amazon settlements, kept as the CSV text a bookkeeper would
// edit, so that `recon map --print-default` prints exactly what recon uses.

#include "recon/post/account_map.hpp"

namespace recon {

const std::string& default_account_map_text() {
  static const std::string text = R"(# recon account map: the first rule that matches a settlement line decides its account.
# In the three match columns `*` matches any text (also inside a word: FBA*) and an empty cell
# matches only an empty field. A line that no rule matches is posted to the suspense account and
# reported as unmapped-line, never dropped.
# Placeholders: {clearing} is the settlement's clearing account, {marketplace} the marketplace code
# (US, CA, DE, ...). Accounts must be valid in the journal format you export to.
transaction-type,amount-type,amount-description,account
# Carry lines link consecutive settlements and stay in clearing: the reserve Amazon holds back
# and releases, and a negative balance carried into the next settlement.
*,*,Previous Reserve Amount Balance,{clearing}
*,*,Current Reserve Amount,{clearing}
*,*,Payable to Amazon,{clearing}
# Amazon charged the card on file for a negative balance.
*,*,Successful charge,Liabilities:Amazon:CardCharges
# Sales and what the buyer paid besides the item.
Order,ItemPrice,Principal,Income:Amazon:Sales
Order,ItemPrice,Shipping,Income:Amazon:Shipping
Order,ItemPrice,GiftWrap,Income:Amazon:GiftWrap
# Sales tax: collected on the order, and withheld again where Amazon remits it as marketplace
# facilitator (US) or for low-value goods (AU); the two net to zero in the liability.
*,ItemPrice,*Tax,Liabilities:SalesTax:Amazon
*,ItemWithheldTax,*,Liabilities:SalesTax:Amazon
*,Promotion,*Tax*,Liabilities:SalesTax:Amazon
*,Promotion,*,Income:Amazon:Promotions
# Refunds reduce sales (contra-revenue).
Refund,ItemPrice,*,Income:Amazon:Refunds
Chargeback,ItemPrice,*,Income:Amazon:Refunds
A-to-z Guarantee Claim,ItemPrice,*,Income:Amazon:Refunds
# Selling fees. Refund/Commission is the referral fee Amazon gives back; RefundCommission is its
# fee for processing the refund.
*,ItemFees,Commission,Expenses:Amazon:ReferralFees
*,ItemFees,RefundCommission,Expenses:Amazon:ReferralFees
*,ItemFees,FBA*,Expenses:Amazon:FulfilmentFees
*,ItemFees,*Chargeback,Expenses:Amazon:FulfilmentFees
*,FBAFees,*,Expenses:Amazon:FulfilmentFees
*,ShipmentFees,*,Expenses:Amazon:FulfilmentFees
*,ItemFees,DigitalServicesFee,Expenses:Amazon:DigitalServicesFees
*,ItemFees,SalesTaxServiceFee,Expenses:Amazon:SellingFees
*,ItemFees,VariableClosingFee,Expenses:Amazon:SellingFees
*,ItemFees,FixedClosingFee,Expenses:Amazon:SellingFees
*,AmazonFees,*,Expenses:Amazon:SellingFees
# Advertising (V1 files carry it as ItemFees plus a TaxAmount).
ServiceFee,Cost of Advertising,*,Expenses:Amazon:Advertising
ServiceFee,ItemFees,Cost of Advertising,Expenses:Amazon:Advertising
ServiceFee,OtherFees,TaxAmount,Expenses:Amazon:Advertising
# Account-level fees.
other-transaction,other-transaction,Subscription Fee,Expenses:Amazon:Subscription
other-transaction,other-transaction,Storage Fee,Expenses:Amazon:StorageFees
other-transaction,other-transaction,StorageRenewalBilling,Expenses:Amazon:StorageFees
other-transaction,other-transaction,FBALongTermStorageFee,Expenses:Amazon:StorageFees
other-transaction,other-transaction,FBAInboundTransportationFee,Expenses:Amazon:InboundTransport
other-transaction,other-transaction,Inbound Transportation Fee,Expenses:Amazon:InboundTransport
other-transaction,other-transaction,DisposalComplete,Expenses:Amazon:RemovalFees
other-transaction,other-transaction,RemovalComplete,Expenses:Amazon:RemovalFees
other-transaction,other-transaction,Micro Deposit,Expenses:Amazon:SellingFees
other-transaction,other-transaction,MiscAdjustment,Expenses:Amazon:Adjustments
# Reimbursements for inventory Amazon lost or damaged, and their clawbacks (V1 names them in
# the transaction type).
*,FBA Inventory Reimbursement,*,Income:Amazon:Reimbursements
other-transaction,other-transaction,WAREHOUSE_*,Income:Amazon:Reimbursements
other-transaction,other-transaction,REVERSAL_REIMBURSEMENT,Income:Amazon:Reimbursements
other-transaction,other-transaction,COMPENSATED_CLAWBACK,Income:Amazon:Reimbursements
)";
  return text;
}

} // namespace recon
