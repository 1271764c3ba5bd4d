package jp.houjin.keycloak.ipaccess;

import jp.houjin.keycloak.common.SimpleAuthenticatorFactory;

/** The IP allow-list check after the forms ({@value #ID}); see {@link IpAllowListAuthenticator}. */
public final class IpAllowListAuthenticatorFactory extends SimpleAuthenticatorFactory {

    public static final String ID = "houjin-ip-allow-list";

    public IpAllowListAuthenticatorFactory() {
        super(ID, "Corporate IP allow-list check",
                "Refuses a signed-in corporate user whose address is outside the corporation's IP allow-list. "
                        + "Put it REQUIRED after the cookie and the forms so that an SSO cookie cannot bypass the list.",
                new IpAllowListAuthenticator(), null, IpAccessConfig.PROPERTIES, false);
    }
}
