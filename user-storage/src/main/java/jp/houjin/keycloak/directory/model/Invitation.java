package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One invitation of a directory user (seed 000, sections 1-2). A user has at most one {@code PENDING} invitation:
 * a new one (resend) supersedes the previous, whose link then stops working. Redemption records the terms version
 * and the time the user accepted them.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends CreatedRow {

    public enum Status { PENDING, REDEEMED, REVOKED, SUPERSEDED }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "corporate_user_id", nullable = false)
    private CorporateUser user;

    /** The address the invitation mail went to; null when the user has no email (temporary password handed over). */
    @Column(name = "sent_to", length = 254)
    private String sentTo;

    @Column(name = "created_by", length = 255, nullable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    @Column(name = "status", length = 16, nullable = false)
    private String status = Status.PENDING.name();

    @Column(name = "redeemed_at")
    private Long redeemedAt;

    @Column(name = "terms_version", length = 64)
    private String termsVersion;

    public CorporateUser getUser() { return user; }
    public void setUser(CorporateUser user) { this.user = user; }
    public String getSentTo() { return sentTo; }
    public void setSentTo(String sentTo) { this.sentTo = sentTo; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getExpiresAt() { return expiresAt; }
    public void setExpiresAt(long expiresAt) { this.expiresAt = expiresAt; }
    public Status getStatus() { return Status.valueOf(status); }
    public void setStatus(Status status) { this.status = status.name(); }
    public boolean isPending() { return Status.PENDING.name().equals(status); }
    public boolean isByMail() { return sentTo != null; }
    public Long getRedeemedAt() { return redeemedAt; }
    public void setRedeemedAt(Long redeemedAt) { this.redeemedAt = redeemedAt; }
    public String getTermsVersion() { return termsVersion; }
    public void setTermsVersion(String termsVersion) { this.termsVersion = termsVersion; }
}
