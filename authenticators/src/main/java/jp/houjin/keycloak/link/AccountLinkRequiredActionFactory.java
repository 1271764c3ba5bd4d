package jp.houjin.keycloak.link;

import jp.houjin.keycloak.common.SimpleRequiredActionFactory;

/** {@value #ID}; see {@link AccountLinkRequiredAction}. */
public final class AccountLinkRequiredActionFactory extends SimpleRequiredActionFactory {

    public static final String ID = "houjin-account-link";

    public AccountLinkRequiredActionFactory() {
        super(ID, "法人連携 (link an individual account to a corporate account; kc_action=houjin-account-link)", new AccountLinkRequiredAction());
    }
}
