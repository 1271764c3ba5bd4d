package jp.houjin.keycloak.door;

import jp.houjin.keycloak.common.SimpleAuthenticatorFactory;

public final class ResetCredentialsCorporateRefusalFactory extends SimpleAuthenticatorFactory {

    public static final String ID = "houjin-reset-credentials-refusal";

    public ResetCredentialsCorporateRefusalFactory() {
        super(ID, "Refuse corporate accounts (reset credentials)",
                "Put right after 'Choose User' in the reset-credentials flow: a corporate account is treated as unknown "
                        + "(no mail, the usual answer). Corporate users recover through the corporate form.",
                new ResetCredentialsCorporateRefusal());
    }
}
