package jp.houjin.keycloak.rest.admin;

import java.util.ArrayList;
import java.util.List;

/** JSON of {@code /admin/realms/{realm}/houjin-corporations/{corporateId}/ip-allow-list}. */
public class IpAllowListRepresentation {

    private String corporateId;
    private List<String> entries = new ArrayList<>();

    public IpAllowListRepresentation() {
    }

    IpAllowListRepresentation(String corporateId, List<String> entries) {
        this.corporateId = corporateId;
        this.entries = entries;
    }

    public String getCorporateId() {
        return corporateId;
    }

    public void setCorporateId(String corporateId) {
        this.corporateId = corporateId;
    }

    public List<String> getEntries() {
        return entries;
    }

    public void setEntries(List<String> entries) {
        this.entries = entries;
    }
}
