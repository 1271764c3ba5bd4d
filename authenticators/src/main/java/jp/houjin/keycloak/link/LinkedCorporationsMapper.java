package jp.houjin.keycloak.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.common.ClaimMapper;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.AccountLink;
import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapperUtils;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.representations.IDToken;

/**
 * Puts the corporate accounts an individual is linked to with their consent (seed 004; confirmed links only) into tokens, so a portal can let the
 * corporation buy for its linked individuals: a list of {@code {corporate_id, corporation_name, user_id}} under the
 * configured claim name (default {@code linked_corporations}). Admins add it under
 * <i>Clients → client → Client scopes → dedicated scope → Add mapper → By configuration → Linked corporations (法人連携)</i>.
 */
public final class LinkedCorporationsMapper extends ClaimMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String ID = "houjin-linked-corporations";

    public LinkedCorporationsMapper() {
        super(ID, "Linked corporations (法人連携)",
                "The corporate accounts the user (an individual) is linked to: corporate ID, corporation name, user ID.",
                "linked_corporations");
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession,
            KeycloakSession session, ClientSessionContext clientSessionCtx) {
        List<Map<String, String>> linked = new ArrayList<>();
        for (AccountLink link : session.getProvider(CorporateDirectory.class)
                .linksOfIndividual(userSession.getUser().getId())) {
            CorporateUser corporate = link.getCorporateUser();
            if (!link.isConfirmed()) {
                // Only the corporate side's consent makes a link count (issue 17); the directory already returns only
                // confirmed links here, this holds the line should that query ever change.
                continue;
            }
            if (!corporate.maySignIn()) {
                // A portal lets a linked corporation act for (or pay for) its people: only while it may sign in itself.
                continue;
            }
            Map<String, String> claim = new LinkedHashMap<>();
            claim.put("corporate_id", corporate.getCorporation().getCorporateId());
            claim.put("corporation_name", corporate.getCorporation().getName());
            claim.put("user_id", corporate.getUserId());
            linked.add(claim);
        }
        // Always a list, even with one link (Keycloak flattens single values unless the mapping is multivalued).
        ProtocolMapperModel multivalued = new ProtocolMapperModel();
        multivalued.setConfig(new java.util.HashMap<>(mapping.getConfig()));
        multivalued.getConfig().put(ProtocolMapperUtils.MULTIVALUED, "true");
        OIDCAttributeMapperHelper.mapClaim(token, multivalued, linked);
    }
}
