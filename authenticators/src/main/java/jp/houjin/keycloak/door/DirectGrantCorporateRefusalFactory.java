package jp.houjin.keycloak.door;

import jp.houjin.keycloak.common.SimpleAuthenticatorFactory;

public final class DirectGrantCorporateRefusalFactory extends SimpleAuthenticatorFactory {

    public static final String ID = "houjin-direct-grant-refusal";

    public DirectGrantCorporateRefusalFactory() {
        super(ID, "Refuse corporate accounts (direct grant)",
                "Put first in the direct grant flow: corporate accounts sign in only through the corporate form, where "
                        + "the IP allow-list, suspension and temporary-password rules apply. Answers as for an unknown user.",
                new DirectGrantCorporateRefusal());
    }
}
