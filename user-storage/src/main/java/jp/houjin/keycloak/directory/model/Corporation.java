package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A customer company (法人): the contract holder. Looked up by its 8-digit corporate ID. */
@Entity
@Table(name = "corporation")
public class Corporation extends ChangedRow {

    /** PENDING: signed up through 新規登録（法人） and not yet confirmed by mail (本登録); nobody can sign in. */
    public enum Status { ACTIVE, SUSPENDED, PENDING }

    @Column(name = "corporate_id", length = 8, nullable = false, unique = true)
    private String corporateId;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    /** フリガナ of the name (full-width katakana), optional. */
    @Column(name = "name_kana", length = 200)
    private String nameKana;

    /**
     * What 法人一覧's search box looks in, kept by the database (a generated column, migration
     * {@code 14-corporation-search-key}): the name and the kana, lower case, separated by U+0001; indexed with the 法人ID.
     */
    @Column(name = "search_key", length = 401, insertable = false, updatable = false)
    private String searchKey;

    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    /** Salted slow hash of the bank account number; never the number itself. */
    @Column(name = "bank_account_verifier", length = 255)
    private String bankAccountVerifier;

    /** Salted slow hash of the 8-digit アクセスキー of the certificate sign-in (seed 003); never the key itself. */
    @Column(name = "access_key_verifier", length = 255)
    private String accessKeyVerifier;

    @Column(name = "status", length = 16, nullable = false)
    private String status = Status.ACTIVE.name();


    public String getCorporateId() { return corporateId; }
    public void setCorporateId(String corporateId) { this.corporateId = corporateId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public String getCorporateNumber() { return corporateNumber; }
    public void setCorporateNumber(String corporateNumber) { this.corporateNumber = corporateNumber; }
    public String getBankAccountVerifier() { return bankAccountVerifier; }
    public void setBankAccountVerifier(String bankAccountVerifier) { this.bankAccountVerifier = bankAccountVerifier; }
    public String getAccessKeyVerifier() { return accessKeyVerifier; }
    public void setAccessKeyVerifier(String accessKeyVerifier) { this.accessKeyVerifier = accessKeyVerifier; }
    public Status getStatus() { return Status.valueOf(status); }
    public void setStatus(Status status) { this.status = status.name(); }
    public boolean isActive() { return Status.ACTIVE.name().equals(status); }
    public boolean isPending() { return Status.PENDING.name().equals(status); }
}
