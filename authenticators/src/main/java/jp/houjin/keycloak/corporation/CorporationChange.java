package jp.houjin.keycloak.corporation;

/** A corporation's name and フリガナ (blank: none); the 法人番号 is one of its {@link VerificationNumbers}. */
public record CorporationChange(String name, String nameKana) {
}
