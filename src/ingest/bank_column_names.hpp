#pragma once
// The names bank exports give their columns, in the languages of ../shared/bank-exports.md, and how
// a header's names are matched against them: case and a trailing "(EUR)" aside.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recon {

// The common names of each column, English first, then German, Dutch, French, Spanish, Italian,
// Czech and Hungarian, as the banks of ../shared/bank-exports.md write them; where an export has two
// of them, the earlier wins ("Buchungstag" over "Valutadatum", "Verwendungszweck" over "Empfänger").
inline constexpr std::string_view date_names[] = {
    "date", "posting date", "transaction date", "booking date", "value date", "posted date", "trans date", "trans. date",
    "date processed", "buchungstag", "buchungsdatum", "datum", "date opération", "date d'opération", "date de l'opération",
    "fecha", "fecha operación", "fecha de operación", "data", "data operazione", "data contabile", "datum zaúčtování",
    "datum provedení", "könyvelés dátuma", "tranzakció dátuma"};
inline constexpr std::string_view amount_names[] = {"amount", "transaction amount", "betrag", "buchungsbetrag", "bedrag", "montant",
                                             "importe", "importo", "částka", "zaúčtovaná částka", "összeg"};
inline constexpr std::string_view debit_names[] = {"debit", "debits", "paid out", "money out", "withdrawal", "withdrawals",
                                            "debit amount", "soll", "débit", "cargo", "addebiti"};
inline constexpr std::string_view credit_names[] = {"credit", "credits", "paid in", "money in", "deposit", "deposits",
                                             "credit amount", "haben", "crédit", "abono", "accrediti"};
// Monzo, Swedbank and the payment processors write "Currency", German banks "Währung" (Sparkasse
// "Waehrung"), Dutch and Belgian ones "Munt", Czech ones "Měna" (Raiffeisenbank "Měna účtu"), Hungarian
// ones "Pénznem". Not "Valuta": KBC's is the
// value date.
inline constexpr std::string_view currency_names[] = {"currency", "währung", "waehrung", "munt", "devise", "divisa", "měna", "měna účtu", "pénznem"};
inline constexpr std::string_view description_names[] = {
    "description", "memo", "details", "narrative", "reference", "payee", "transaction description", "name",
    "verwendungszweck", "buchungstext", "transaktionsbeschreibung", "naam / omschrijving", "omschrijving", "omschrijving-1",
    "mededelingen", "naam", "empfänger",
    "libellé", "libelle", "concepto", "descrizione", "popis", "poznámka", "közlemény"};

inline constexpr std::string_view columns_hint =
    "recon looks for a header with a date column (Date, Posting Date, Transaction Date, Booking Date, Buchungstag, "
    "Datum, Date opération, Fecha, Data, Datum zaúčtování) and an amount column (Amount, Betrag, Bedrag, Montant, "
    "Importe, Importo, Částka, Összeg, or Debit and Credit, Paid in and Paid out, Money in and Money out, Soll and "
    "Haben). Name yours with --bank-columns date=…,amount=…,description=… if they are called something else, "
    "or by their places (date=1,amount=4,description=2) if the export has no header.";

// The text in lower case, Latin-1 and Latin Extended-A capitals included, without surrounding blanks.
[[nodiscard]] std::string lowered_column_name(std::string_view text);

// Whether a lowered column name is one of the common names above, with or without "(EUR)".
[[nodiscard]] bool is_common_column_name(std::string_view lowered);

// The column whose name, in any case, is `wanted` (lower case).
[[nodiscard]] std::optional<std::size_t> index_of(const std::vector<std::string>& header, std::string_view wanted);

// "amount (usd)" → "amount": a common name with the account's currency after it.
[[nodiscard]] std::string without_currency_suffix(std::string name);

// The column named `named` (from --bank-columns) or, without one, the first of the common names
// the header has: "Description" wins over "Details" where an export has both.
template <std::size_t N>
std::optional<std::size_t> column(const std::vector<std::string>& header, const std::optional<std::string>& named,
                                  const std::string_view (&common)[N]) {
  if (named) return index_of(header, lowered_column_name(*named));
  for (const std::string_view name : common) {
    if (auto found = index_of(header, name)) return found;
  }
  for (const std::string_view name : common) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (without_currency_suffix(lowered_column_name(header[i])) == name) return i;
    }
  }
  return std::nullopt;
}

} // namespace recon
