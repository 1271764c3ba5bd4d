package jp.houjin.keycloak.password;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.requiredactions.UpdatePassword;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Keycloak's update-password required action ({@code UPDATE_PASSWORD}, same id, taking its place by a higher
 * {@link #order}), unchanged but for what the page shows a corporate account: seed 002's new-password screen names
 * whose password is set — 法人名, 氏名, ログインID (the user ID) — above 新パスワード, after a recovery link as after a
 * temporary or initial password. Everything else (policy, events, sessions) is Keycloak's own.
 */
public final class NewPasswordPage extends UpdatePassword {

    /** The page's attribute: the corporate account, absent for individual accounts. */
    static final String ACCOUNT = "houjinAccount";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        describe(context);
        super.requiredActionChallenge(context);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        describe(context);
        super.processAction(context);
    }

    /** The form of this request is the session's one login-forms provider, which Keycloak's own steps render. */
    private static void describe(RequiredActionContext context) {
        UserModel user = context.getUser();
        if (user == null || !DirectoryAccounts.isCorporate(context.getRealm(), user)) {
            return;
        }
        Map<String, String> account = new LinkedHashMap<>();
        account.put("corporationName", value(user.getFirstAttribute(DirectoryAttributes.CORPORATION_NAME)));
        account.put("name", (value(user.getLastName()) + " " + value(user.getFirstName())).strip());
        account.put("loginId", value(user.getFirstAttribute(DirectoryAttributes.USER_ID)));
        context.form().setAttribute(ACCOUNT, account);
    }

    private static String value(String v) {
        return v == null ? "" : v;
    }

    @Override
    public UpdatePassword create(KeycloakSession session) {
        return this;
    }

    /** Above Keycloak's own factory of the same id (order 0). */
    @Override
    public int order() {
        return 10;
    }
}
