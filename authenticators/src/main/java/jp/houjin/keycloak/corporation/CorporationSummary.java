package jp.houjin.keycloak.corporation;

import java.util.Locale;

import jp.houjin.keycloak.directory.model.Corporation;

/**
 * One corporation as the operators see it, on the pages and in the admin REST alike: {@code status} is
 * {@code active}, {@code suspended} or {@code pending} (新規登録（法人） awaiting 本登録). Of the verifiers only whether
 * one is stored: the bank account number and the access key are kept as slow hashes and never answered.
 */
public record CorporationSummary(String corporateId, String name, String nameKana, String corporateNumber,
        String status, boolean bankAccountSet, boolean accessKeySet, long createdAt, long updatedAt) {

    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";
    public static final String PENDING = "pending";

    static CorporationSummary of(Corporation c) {
        return new CorporationSummary(c.getCorporateId(), c.getName(), c.getNameKana(), c.getCorporateNumber(),
                c.getStatus().name().toLowerCase(Locale.ROOT), c.getBankAccountVerifier() != null,
                c.getAccessKeyVerifier() != null, c.getCreatedAt(), c.getUpdatedAt());
    }

    /** {@code active}, {@code suspended} or {@code pending}; null when blank; a refusal for anything else. */
    public static Corporation.Status parseStatus(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Corporation.Status status : Corporation.Status.values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(value)) {
                return status;
            }
        }
        throw CorporationRefusal.invalidValue(field);
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public boolean suspended() {
        return SUSPENDED.equals(status);
    }

    public boolean pending() {
        return PENDING.equals(status);
    }
}
