package jp.houjin.keycloak.directory.text;

/**
 * 法人番号: 13 digits, the first a check digit over the 12-digit base number. With P(n) the n-th digit of the
 * base counted from its lowest digit and Q(n) = 1 for odd n, 2 for even n: check = 9 − (Σ P(n)·Q(n) mod 9).
 */
public final class CorporateNumber {

    private CorporateNumber() {
    }

    public static boolean valid(String number) {
        if (number == null || number.length() != 13) {
            return false;
        }
        for (int i = 0; i < 13; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = number.charAt(13 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return number.charAt(0) - '0' == 9 - (sum % 9);
    }
}
