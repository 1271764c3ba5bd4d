package jp.houjin.keycloak.registration;

import jp.houjin.keycloak.common.SimpleFormActionFactory;

/** {@value #ID}; see {@link RegistrationKanaFormAction}. */
public final class RegistrationKanaFormActionFactory extends SimpleFormActionFactory {

    public static final String ID = "houjin-registration-kana";

    public RegistrationKanaFormActionFactory() {
        super(ID, "Names and kana required (新規登録)", "Sign-up requires family and given name and their kana "
                + "(full-width katakana, checked by the user profile).", new RegistrationKanaFormAction());
    }
}
