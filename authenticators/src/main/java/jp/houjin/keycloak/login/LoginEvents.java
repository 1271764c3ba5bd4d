package jp.houjin.keycloak.login;

/** Event error codes of the corporate sign-in, one per failure, as admins see them under Events. */
final class LoginEvents {

    static final String INVALID_INPUT = "houjin_invalid_input";
    static final String CORPORATION_NOT_FOUND = "corporation_not_found";
    static final String CORPORATION_SUSPENDED = "corporation_suspended";
    static final String CORPORATION_PENDING = "corporation_pending";
    static final String USER_LOGIN_SUSPENDED = "user_login_suspended";
    static final String DIRECTORY_UNAVAILABLE = "directory_unavailable";

    static final String DETAIL_CORPORATE_ID = "corporate_id";
    static final String DETAIL_FIELD = "field";
    static final String DETAIL_TAB = "login_tab";

    private LoginEvents() {
    }
}
