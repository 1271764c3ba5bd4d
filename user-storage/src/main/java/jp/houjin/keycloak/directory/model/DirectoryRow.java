package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every table of the directory has: a UUID primary key, {@code id}. */
@MappedSuperclass
public abstract class DirectoryRow {

    @Id
    @Column(name = "id", length = 36, nullable = false)
    private String id;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
