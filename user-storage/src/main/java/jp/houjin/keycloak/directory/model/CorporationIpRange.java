package jp.houjin.keycloak.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One entry of a corporation's IP allow-list, stored normalised (see IpRanges). */
@Entity
@Table(name = "corporation_ip_range")
public class CorporationIpRange extends CreatedRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "corporation_id", nullable = false)
    private Corporation corporation;

    @Column(name = "cidr", length = 64, nullable = false)
    private String cidr;

    public Corporation getCorporation() { return corporation; }
    public void setCorporation(Corporation corporation) { this.corporation = corporation; }
    public String getCidr() { return cidr; }
    public void setCidr(String cidr) { this.cidr = cidr; }
}
