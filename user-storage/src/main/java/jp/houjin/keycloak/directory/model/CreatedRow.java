package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

/**
 * A directory row that records when it was made ({@code created_at}, epoch milliseconds): the time it is first
 * stored, unless the caller set one (rows stored together keep the order it gave them).
 */
@MappedSuperclass
public abstract class CreatedRow extends DirectoryRow {

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }

    @PrePersist
    void created() {
        if (createdAt == 0) {
            createdAt = System.currentTimeMillis();
        }
    }
}
