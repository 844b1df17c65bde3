#pragma once
// Reading an ISO 20022 bank-to-customer statement into a BankStatement, with libxml2: CAMT.053 (the
// end-of-day statement, <BkToCstmrStmt><Stmt>) and CAMT.052 (the intraday report,
// <BkToCstmrAcctRpt><Rpt>), every version (camt.053.001.02 to .08 and on), told apart by namespace.
//
// Each booked <Ntry> is a line: its unsigned <Amt Ccy="…"> signed by <CdtDbtInd> (CRDT in, DBIT out)
// and kept in its own currency, its booking date (<BookgDt><Dt> or <DtTm>, as written), and as
// description <AddtlNtryInf> and the remittance text <NtryDtls><TxDtls><RmtInf><Ustrd>. A pending
// entry (<Sts> PDNG) and every balance (<Bal>) are skipped lines, with the reason.

#include <string>
#include <vector>

#include "recon/model/bank_statement.hpp"

namespace recon {

// True when the first lines of a file name an ISO 20022 cash-management namespace
// ("urn:iso:std:iso:20022:tech:xsd:camt."): recon then reads it as CAMT, and refuses by name a kind
// of CAMT message that is not a statement (camt.054, a notification).
[[nodiscard]] bool looks_like_camt(const std::vector<std::string>& first_lines);

// Throws InputError naming the file and the line: XML that is not well-formed (the line libxml2
// reports), a document with a DTD, no statement or more than one, an entry without an amount,
// currency, credit/debit indicator, status or booking date.
[[nodiscard]] BankStatement read_camt_statement(const std::string& path);

} // namespace recon
