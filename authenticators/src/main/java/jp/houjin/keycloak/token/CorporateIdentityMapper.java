package jp.houjin.keycloak.token;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.houjin.keycloak.common.ClaimMapper;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapperUtils;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.representations.IDToken;
import org.keycloak.storage.StorageId;

/**
 * Who the user is within their corporation, in tokens, as Keycloak's Organizations put {@code organization}: one JSON
 * object under the configured claim (default {@value #DEFAULT_CLAIM}) with {@code corporate_id} (法人ID),
 * {@code corporation_name} (法人名), {@code user_id}, {@code role} ({@code user}, {@code admin}, …) and {@code group}
 * (グループ名, left out when the user has none). Read from the directory entry behind the federation link when the
 * token is made, never from profile attributes. Individual (non-corporate) accounts get no claim. Like Keycloak's own
 * mappers it can go into the ID token, the access token, userinfo and introspection; realm-config puts it into the
 * default client scope {@code houjin-corporation}.
 */
public final class CorporateIdentityMapper extends ClaimMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String ID = "houjin-corporate-identity";
    public static final String DEFAULT_CLAIM = "houjin";

    public CorporateIdentityMapper() {
        super(ID, "Corporate identity (法人)", "For corporate users: corporate ID, corporation name, user ID, role and "
                + "group as one JSON object. Individual accounts get no claim.", DEFAULT_CLAIM);
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession,
            KeycloakSession session, ClientSessionContext clientSessionCtx) {
        Map<String, String> claim = claim(session, userSession.getUser());
        if (claim == null) {
            return;
        }
        // One object, as it is: no JSON type conversion, never flattened into a list.
        ProtocolMapperModel asObject = new ProtocolMapperModel();
        asObject.setName(mapping.getName());
        asObject.setConfig(new HashMap<>(mapping.getConfig()));
        asObject.getConfig().remove(OIDCAttributeMapperHelper.JSON_TYPE);
        asObject.getConfig().put(ProtocolMapperUtils.MULTIVALUED, "false");
        OIDCAttributeMapperHelper.mapClaim(token, asObject, claim);
    }

    /** The claim's value for a corporate account; null for anyone else (or an entry no longer there). */
    static Map<String, String> claim(KeycloakSession session, UserModel user) {
        if (user == null || !DirectoryAccounts.isCorporate(session.getContext().getRealm(), user)) {
            return null;
        }
        CorporateUser entry = session.getProvider(CorporateDirectory.class)
                .findUserById(StorageId.externalId(user.getId())).orElse(null);
        if (entry == null) {
            return null;
        }
        Map<String, String> claim = new LinkedHashMap<>();
        claim.put("corporate_id", entry.getCorporation().getCorporateId());
        claim.put("corporation_name", entry.getCorporation().getName());
        claim.put("user_id", entry.getUserId());
        claim.put("role", entry.getRole().name().toLowerCase(Locale.ROOT));
        String group = entry.getGroupName();
        if (group != null && !group.isBlank()) {
            claim.put("group", group);
        }
        return claim;
    }
}
