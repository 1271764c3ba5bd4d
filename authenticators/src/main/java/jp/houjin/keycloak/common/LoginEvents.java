package jp.houjin.keycloak.common;

/** Event details of the corporate sign-in, as admins see them under Events (the errors: {@link SignInRefusal}). */
public final class LoginEvents {

    public static final String DETAIL_CORPORATE_ID = "corporate_id";
    public static final String DETAIL_FIELD = "field";
    public static final String DETAIL_TAB = "login_tab";

    private LoginEvents() {
    }
}
