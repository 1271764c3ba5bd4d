package jp.houjin.keycloak.corporation;

/**
 * 法人登録 as typed: {@code corporateId} (8 digits) or blank to have one assigned, the name, its フリガナ (optional),
 * the 法人番号 (optional, 13 digits with its check digit) and the status ({@code active}, the default, or
 * {@code suspended}).
 */
public record NewCorporation(String corporateId, String name, String nameKana, String corporateNumber, String status) {
}
