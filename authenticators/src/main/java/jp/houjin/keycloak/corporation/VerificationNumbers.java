package jp.houjin.keycloak.corporation;

/**
 * What an admin proves at the admin recovery (seed 002): the 法人番号 (13 digits with its check digit) and the
 * 振込口座番号 (1–14 digits), stored only as a slow salted hash. A blank one is left as it is; at least one is needed.
 */
public record VerificationNumbers(String corporateNumber, String bankAccountNumber) {
}
