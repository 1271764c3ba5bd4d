package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A directory row that records when it was made ({@code created_at}, epoch milliseconds). */
@MappedSuperclass
public abstract class CreatedRow extends DirectoryRow {

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
}
