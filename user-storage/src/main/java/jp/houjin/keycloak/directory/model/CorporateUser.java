package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person of one corporation. The user ID is unique within its corporation only; {@code userIdKey} and
 * {@code emailKey} are the normalised (NFKC, lower-case) forms the unique indexes and lookups use.
 */
@Entity
@Table(name = "corporate_user")
public class CorporateUser extends ChangedRow {

    /** 担当者 (member), グループ管理者 (group admin: their group and its sub-groups), 管理者 (corporate admin). */
    public enum Role {
        USER, GROUP_ADMIN, ADMIN;

        /** The user-profile value ({@code user}, {@code group_admin}, {@code admin}), also the corporate API's. */
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The role of a user-profile value; null for anything else. */
        public static Role ofValue(String value) {
            for (Role role : values()) {
                if (role.value().equals(value)) {
                    return role;
                }
            }
            return null;
        }
    }

    public enum Status { ACTIVE, LOGIN_SUSPENDED }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "corporation_id", nullable = false)
    private Corporation corporation;

    @Column(name = "user_id", length = 64, nullable = false)
    private String userId;

    @Column(name = "user_id_key", length = 64, nullable = false)
    private String userIdKey;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "email_key", length = 254)
    private String emailKey;

    @Column(name = "family_name", length = 64)
    private String familyName;

    @Column(name = "given_name", length = 64)
    private String givenName;

    @Column(name = "kana_family_name", length = 64)
    private String kanaFamilyName;

    @Column(name = "kana_given_name", length = 64)
    private String kanaGivenName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private CorporateGroup userGroup;

    /**
     * What スタッフ管理's search box looks in, in one column the database keeps (a generated column, migration
     * {@code 12-staff-search-key}): user ID key, email key, names and kana, lower case, separated by U+0001 — so a row
     * written by another system with SQL is found as well, and one LIKE over one indexed column replaces six.
     */
    @Column(name = "search_key", length = 700, insertable = false, updatable = false)
    private String searchKey;

    @Column(name = "role", length = 16, nullable = false)
    private String role = Role.USER.name();

    @Column(name = "password_hash", length = 1024)
    private String passwordHash;

    @Column(name = "temp_password_expires_at")
    private Long tempPasswordExpiresAt;

    @Column(name = "status", length = 16, nullable = false)
    private String status = Status.ACTIVE.name();


    public Corporation getCorporation() { return corporation; }
    public void setCorporation(Corporation corporation) { this.corporation = corporation; }
    public String getUserId() { return userId; }
    public String getUserIdKey() { return userIdKey; }

    public void setUserId(String userId) {
        this.userId = userId;
        this.userIdKey = userId == null ? null : userId.toLowerCase(java.util.Locale.ROOT);
    }

    public String getEmail() { return email; }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email;
        this.emailKey = this.email == null ? null : this.email.toLowerCase(java.util.Locale.ROOT);
    }

    public String getEmailKey() { return emailKey; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getKanaFamilyName() { return kanaFamilyName; }
    public void setKanaFamilyName(String kanaFamilyName) { this.kanaFamilyName = kanaFamilyName; }
    public String getKanaGivenName() { return kanaGivenName; }
    public void setKanaGivenName(String kanaGivenName) { this.kanaGivenName = kanaGivenName; }
    public CorporateGroup getGroup() { return userGroup; }
    public void setGroup(CorporateGroup group) { this.userGroup = group; }

    /** The name of the user's group (their corporation's メイングループ carries the corporation's name). */
    public String getGroupName() { return userGroup == null ? null : userGroup.getName(); }
    public Role getRole() { return Role.valueOf(role); }
    public void setRole(Role role) { this.role = role.name(); }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Long getTempPasswordExpiresAt() { return tempPasswordExpiresAt; }
    public void setTempPasswordExpiresAt(Long tempPasswordExpiresAt) { this.tempPasswordExpiresAt = tempPasswordExpiresAt; }
    public Status getStatus() { return Status.valueOf(status); }
    public void setStatus(Status status) { this.status = status.name(); }
    public boolean isLoginSuspended() { return Status.LOGIN_SUSPENDED.name().equals(status); }

    /**
     * The directory's half of "may this account sign in": its login is not suspended and its corporation is active
     * (Keycloak's enabled switch is the other half). One rule for every door.
     */
    public boolean maySignIn() {
        return !isLoginSuspended() && corporation.isActive();
    }
}
