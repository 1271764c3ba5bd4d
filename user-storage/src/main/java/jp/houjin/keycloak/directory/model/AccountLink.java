package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An individual Keycloak account linked to a corporate account (seed 004): who asked, when, and whether the corporate
 * account consented. A link is {@link Status#PENDING} from the individual's request until the corporate account
 * confirms it; only {@link Status#CONFIRMED} links count anywhere (tokens, the individual's list).
 */
@Entity
@Table(name = "account_link")
public class AccountLink extends DirectoryRow {

    @Column(name = "individual_user_id", length = 36, nullable = false)
    private String individualUserId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "corporate_user_id", nullable = false)
    private CorporateUser corporateUser;

    @Column(name = "linked_by", length = 255, nullable = false)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private long linkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "confirmed_at")
    private Long confirmedAt;

    public enum Status { PENDING, CONFIRMED }

    public String getIndividualUserId() { return individualUserId; }
    public void setIndividualUserId(String individualUserId) { this.individualUserId = individualUserId; }
    public CorporateUser getCorporateUser() { return corporateUser; }
    public void setCorporateUser(CorporateUser corporateUser) { this.corporateUser = corporateUser; }
    public String getLinkedBy() { return linkedBy; }
    public void setLinkedBy(String linkedBy) { this.linkedBy = linkedBy; }
    public long getLinkedAt() { return linkedAt; }
    public void setLinkedAt(long linkedAt) { this.linkedAt = linkedAt; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public boolean isConfirmed() { return status == Status.CONFIRMED; }
    public Long getConfirmedAt() { return confirmedAt; }
    public void setConfirmedAt(Long confirmedAt) { this.confirmedAt = confirmedAt; }
}
