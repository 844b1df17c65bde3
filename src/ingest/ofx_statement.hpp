#pragma once
// Reading an OFX statement file (OFX 1.x SGML, OFX 2.x XML, and Intuit's QFX and QBO, which are
// OFX) into a BankStatement, with libofx.
//
// libofx checks the file against the OFX DTDs and tells statements, accounts and transactions
// apart, but gives amounts only as doubles, dates only as instants (shifted by the file's time
// zone), names in a charset it may have guessed wrong, and no positions. So recon takes the
// structure from libofx and, for each <STMTTRN> it reported, the text the bank wrote: the amount
// parsed exactly, the date as written, NAME and MEMO, and the line the transaction starts on.

#include <string>
#include <string_view>
#include <vector>

#include "recon/model/bank_statement.hpp"

namespace recon {

// True when the first lines of a file are an OFX header ("OFXHEADER:100", <?OFX OFXHEADER="200"?>)
// or an <OFX> element, in any case: what recon recognises OFX by, whatever the file is called.
[[nodiscard]] bool looks_like_ofx(const std::vector<std::string>& first_lines);

// Throws InputError naming the file and, where there is one, the line: a file libofx cannot read,
// no statement or more than one, a transaction without a date or amount, an unknown CURDEF.
[[nodiscard]] BankStatement read_ofx_statement(const std::string& path);

} // namespace recon
