package uk.interchange.partnership.model;

/** A UK bank account: sort code (six digits, shown 12-34-56) and account number (eight digits). */
public record BankAccount(String sortCode, String accountNumber) {
    /**
     * Reads a sort code and an account number as people write them ("12-34-56", "12 34 56"; "1234 5678"). Older
     * six- and seven-digit account numbers are written with leading zeros, as the banks do for payments.
     */
    public static Parsed<BankAccount> parse(String sortCode, String accountNumber) {
        String given = sortCode + " " + accountNumber;
        String sc = sortCode == null ? "" : sortCode.replaceAll("[\\s-]", "");
        String an = accountNumber == null ? "" : accountNumber.replaceAll("[\\s-]", "");
        if (!sc.matches("[0-9]{6}")) {
            return Parsed.bad(
                    given,
                    "the sort code \"" + String.valueOf(sortCode).strip()
                            + "\" should be six digits, such as 12-34-56");
        }
        if (!an.matches("[0-9]{6,8}")) {
            return Parsed.bad(
                    given,
                    "the account number \"" + String.valueOf(accountNumber).strip() + "\" should be eight digits");
        }
        return Parsed.ok(given, new BankAccount(sc, "0".repeat(8 - an.length()) + an));
    }

    @Override
    public String toString() {
        return sortCode.substring(0, 2) + "-" + sortCode.substring(2, 4) + "-" + sortCode.substring(4) + " "
                + accountNumber;
    }
}
