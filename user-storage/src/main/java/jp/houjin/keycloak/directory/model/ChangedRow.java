package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * A directory row that also records its last change ({@code updated_at}, epoch milliseconds): set whenever the row
 * is stored or changed, so no write has to remember it.
 */
@MappedSuperclass
public abstract class ChangedRow extends CreatedRow {

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    public long getUpdatedAt() { return updatedAt; }

    /** A change to what belongs to the row but is stored elsewhere (a corporation's IP allow-list). */
    public void touch() {
        changed();
    }

    @PrePersist
    @PreUpdate
    void changed() {
        updatedAt = System.currentTimeMillis();
    }
}
