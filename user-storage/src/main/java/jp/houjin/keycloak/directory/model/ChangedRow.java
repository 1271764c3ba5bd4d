package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A directory row that also records its last change ({@code updated_at}, epoch milliseconds). */
@MappedSuperclass
public abstract class ChangedRow extends CreatedRow {

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    public long getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(long updatedAt) { this.updatedAt = updatedAt; }
}
