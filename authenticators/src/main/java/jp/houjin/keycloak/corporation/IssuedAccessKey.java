package jp.houjin.keycloak.corporation;

/** A new アクセスキー (seed 003), answered once: only its slow hash is kept. */
public record IssuedAccessKey(String corporateId, String accessKey) {
}
