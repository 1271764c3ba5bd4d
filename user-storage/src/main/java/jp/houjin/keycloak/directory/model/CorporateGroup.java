package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A group of one corporation (seed 000): its メイングループ (no parent, one per corporation) or a サブグループ below it, to
 * any depth up to {@link #MAX_DEPTH}. {@code path} is the chain of group ids from the メイングループ down
 * ({@code /<main>/<sub>/…/<this>/}), so a group and everything below it is one prefix search on an index; the
 * directory keeps it in step when a group moves.
 */
@Entity
@Table(name = "corporate_group")
public class CorporateGroup extends ChangedRow {

    /** Levels including the メイングループ (its path stays within the column). */
    public static final int MAX_DEPTH = 10;
    /** Longest name an admin may give (the メイングループ carries the corporation's name, up to 200). */
    public static final int MAX_NAME = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "corporation_id", nullable = false)
    private Corporation corporation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CorporateGroup parent;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "path", length = 512, nullable = false)
    private String path;

    public Corporation getCorporation() { return corporation; }
    public void setCorporation(Corporation corporation) { this.corporation = corporation; }
    public CorporateGroup getParent() { return parent; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPath() { return path; }

    /** The parent's id, or null for the メイングループ; read without loading the parent. */
    public String getParentId() {
        return parent == null ? null : parent.getId();
    }

    public boolean isMain() {
        return parent == null;
    }

    /** Places the group under {@code newParent} (null: the メイングループ); the id must be set already. */
    public void placeUnder(CorporateGroup newParent) {
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.getPath()) + getId() + "/";
    }

    /** Levels from the メイングループ (1) down to this group. */
    public int depth() {
        return depthOf(path);
    }

    /** True when {@code other} is this group or below it. */
    public boolean contains(CorporateGroup other) {
        return other != null && other.getPath().startsWith(path);
    }

    public static int depthOf(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return Math.max(0, slashes - 1);
    }
}
