package jp.houjin.keycloak.registration;

import jp.houjin.keycloak.common.SimpleFormActionFactory;

/** {@value #ID}; see {@link RegistrationAddressFormAction}. */
public final class RegistrationAddressFormActionFactory extends SimpleFormActionFactory {

    public static final String ID = "houjin-registration-address";

    public RegistrationAddressFormActionFactory() {
        super(ID, "Directory addresses free for individuals (新規登録)", "Before user creation: an address of a corporate directory user is treated as a new address, so sign-up "
                + "does not reveal which addresses have corporate accounts.", new RegistrationAddressFormAction());
    }
}
