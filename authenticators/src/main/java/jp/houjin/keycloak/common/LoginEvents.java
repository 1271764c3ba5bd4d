package jp.houjin.keycloak.common;

/**
 * Event error codes and details of the corporate sign-in that pair with no page message of their own (the refusals
 * with a message are {@link SignInRefusal}s), as admins see them under Events.
 */
public final class LoginEvents {

    public static final String INVALID_INPUT = "houjin_invalid_input";
    public static final String CORPORATION_NOT_FOUND = "corporation_not_found";

    public static final String DETAIL_CORPORATE_ID = "corporate_id";
    public static final String DETAIL_FIELD = "field";
    public static final String DETAIL_TAB = "login_tab";

    private LoginEvents() {
    }
}
