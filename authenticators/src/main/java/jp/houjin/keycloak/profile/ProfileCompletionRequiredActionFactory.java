package jp.houjin.keycloak.profile;

import jp.houjin.keycloak.common.SimpleRequiredActionFactory;

/** {@value #ID}; see {@link ProfileCompletionRequiredAction}. */
public final class ProfileCompletionRequiredActionFactory extends SimpleRequiredActionFactory {

    public static final String ID = "houjin-profile-completion";

    public ProfileCompletionRequiredActionFactory() {
        super(ID, "ユーザー登録 (profile completion: group, names, kana, new password)", new ProfileCompletionRequiredAction());
    }
}
