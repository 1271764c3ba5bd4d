package jp.houjin.keycloak.common;

/** Event error codes of the corporate sign-in, one per failure, as admins see them under Events. */
public final class LoginEvents {

    public static final String INVALID_INPUT = "houjin_invalid_input";
    public static final String CORPORATION_NOT_FOUND = "corporation_not_found";
    public static final String CORPORATION_SUSPENDED = "corporation_suspended";
    public static final String CORPORATION_PENDING = "corporation_pending";
    public static final String USER_LOGIN_SUSPENDED = "user_login_suspended";
    public static final String DIRECTORY_UNAVAILABLE = "directory_unavailable";

    public static final String DETAIL_CORPORATE_ID = "corporate_id";
    public static final String DETAIL_FIELD = "field";
    public static final String DETAIL_TAB = "login_tab";

    private LoginEvents() {
    }
}
