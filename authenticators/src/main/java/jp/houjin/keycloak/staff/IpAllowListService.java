package jp.houjin.keycloak.staff;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.ipaccess.IpAllowListChange;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * The corporation's IP allow-list (seed 002) as its corporate admins manage it, written once for the console page and
 * the corporate API. The corporation is the scope's, never the signed-in person's own, so a scope of another kind
 * (an operator acting on a given corporation) reuses it. What is valid and what counts as shutting someone out is
 * {@link IpAllowListChange}'s, shared with the operators' admin REST. A list with any bad entry stores nothing; a list
 * that would refuse one of the acting admin's own addresses is refused ({@link StaffRefusal.Reason#WOULD_SHUT_YOU_OUT},
 * naming the address) unless confirmed. Each change is an admin event (resource type
 * {@value IpAllowListChange#RESOURCE_TYPE}) with the acting admin as its auth user.
 */
public final class IpAllowListService {

    /** The admin event's detail naming an address the admin confirmed to shut out. */
    public static final String DETAIL_SHUT_OUT = "houjin_shut_out_confirmed";

    private final KeycloakSession session;
    private final CorporateDirectory directory;
    private final StaffScope scope;
    private final AdminAuth auth;

    /** {@code auth} names the acting admin for the admin events. */
    public IpAllowListService(KeycloakSession session, StaffScope scope, AdminAuth auth) {
        this.session = session;
        this.directory = session.getProvider(CorporateDirectory.class);
        this.scope = scope;
        this.auth = auth;
    }

    /** The corporation's list, normalised, in the order stored. */
    public List<String> entries() {
        return directory.ipAllowList(corporation());
    }

    public Corporation corporation() {
        if (!scope.corporateAdmin()) {
            throw new StaffRefusal(StaffRefusal.Reason.NOT_A_CORPORATE_ADMIN);
        }
        return scope.corporation();
    }

    /**
     * The address among {@code ownAddresses} (the acting admin's: null for one Keycloak could not trust) that
     * {@code change} would refuse; empty when none.
     */
    public Optional<String> shutsOut(IpAllowListChange change, Collection<String> ownAddresses) {
        return change.shutsOut(session, ownAddresses);
    }

    /**
     * Replaces the whole list, or nothing: refused with {@code INVALID_ENTRIES} when any entry is bad or there are too
     * many, with {@code WOULD_SHUT_YOU_OUT} when it would refuse one of {@code ownAddresses} and {@code confirmed} is
     * false. Answers the list as stored.
     */
    public List<String> replace(IpAllowListChange change, Collection<String> ownAddresses, boolean confirmed) {
        Corporation corporation = corporation();
        if (!change.ok()) {
            throw new StaffRefusal(StaffRefusal.Reason.INVALID_ENTRIES);
        }
        Optional<String> shutOut = shutsOut(change, ownAddresses);
        if (shutOut.isPresent() && !confirmed) {
            throw StaffRefusal.about(StaffRefusal.Reason.WOULD_SHUT_YOU_OUT, shutOut.get());
        }
        directory.replaceIpAllowList(corporation, change.entries());
        List<String> stored = directory.ipAllowList(corporation);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("corporateId", corporation.getCorporateId());
        representation.put("entries", stored);
        AdminEventBuilder event = new AdminEventBuilder(session.getContext().getRealm(), auth, session,
                session.getContext().getConnection()).resource(IpAllowListChange.RESOURCE_TYPE)
                .operation(OperationType.UPDATE).resourcePath("corporations", corporation.getCorporateId(), "ip-allow-list")
                .representation(representation).detail(StaffService.DETAIL_ACTION, "ip_allow_list");
        shutOut.ifPresent(address -> event.detail(DETAIL_SHUT_OUT, address));
        event.success();
        return stored;
    }
}
