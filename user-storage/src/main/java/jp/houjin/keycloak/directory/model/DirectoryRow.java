package jp.houjin.keycloak.directory.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

/** What every table of the directory has: a UUID primary key, {@code id}, given when the row is first stored. */
@MappedSuperclass
public abstract class DirectoryRow {

    @Id
    @Column(name = "id", length = 36, nullable = false)
    private String id;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }

    @PrePersist
    void newId() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
    }
}
