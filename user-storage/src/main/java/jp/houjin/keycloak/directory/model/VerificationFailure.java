package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One failed verification with 法人番号 + 振込口座番号. Counted per corporation and per client address over a
 * window; the rows live in the shared directory database, so every node of a cluster sees the same counts.
 */
@Entity
@Table(name = "verification_failure")
public class VerificationFailure {

    @Id
    @Column(name = "id", length = 36, nullable = false)
    private String id;

    /** Null when the corporate ID entered matched no corporation. */
    @Column(name = "corporation_id", length = 36)
    private String corporationId;

    @Column(name = "client_address", length = 64, nullable = false)
    private String clientAddress;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCorporationId() { return corporationId; }
    public void setCorporationId(String corporationId) { this.corporationId = corporationId; }
    public String getClientAddress() { return clientAddress; }
    public void setClientAddress(String clientAddress) { this.clientAddress = clientAddress; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
}
