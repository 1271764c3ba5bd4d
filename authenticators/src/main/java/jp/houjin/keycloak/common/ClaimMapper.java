package jp.houjin.keycloak.common;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The shared shape of our token mappers: an id, a name and help text for the admin console, and Keycloak's usual
 * config — the claim name (with our default) and the tokens it goes into, as the concrete class's mapper interfaces
 * allow (ID token, access token, userinfo, introspection).
 */
public abstract class ClaimMapper extends AbstractOIDCProtocolMapper {

    private final String id;
    private final String displayType;
    private final String helpText;
    private final List<ProviderConfigProperty> config = new ArrayList<>();

    protected ClaimMapper(String id, String displayType, String helpText, String defaultClaim) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        OIDCAttributeMapperHelper.addTokenClaimNameConfig(config);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(config, getClass());
        for (ProviderConfigProperty p : config) {
            if (OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME.equals(p.getName())) {
                p.setDefaultValue(defaultClaim);
            }
        }
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public final String getDisplayType() {
        return displayType;
    }

    @Override
    public final String getHelpText() {
        return helpText;
    }

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
        return config;
    }
}
