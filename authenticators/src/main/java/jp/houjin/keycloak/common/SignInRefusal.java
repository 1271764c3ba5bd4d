package jp.houjin.keycloak.common;

import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

/** The refusals every page of the corporate form shares, once the account is known. */
public enum SignInRefusal implements Refusal {

    /** 新規登録（法人） not yet confirmed by mail (本登録). */
    CORPORATION_PENDING("corporation_pending", "houjinCorporationPending"),
    /** 「{0}へのアクセスは制限されています。」 with the corporate ID, for each of the three below. */
    CORPORATION_SUSPENDED("corporation_suspended", "houjinAccessRestricted"),
    USER_LOGIN_SUSPENDED("user_login_suspended", "houjinAccessRestricted"),
    USER_DISABLED(Errors.USER_DISABLED, "houjinAccessRestricted"),
    /** A disabled individual (non-corporate) account. */
    ACCOUNT_DISABLED(Errors.USER_DISABLED, "houjinAccountDisabled"),
    /** A page that must send a mail could not (nothing was stored). */
    MAIL_NOT_SENT(Errors.EMAIL_SEND_FAILED, "houjinMailNotSent"),
    /** The directory's database cannot be read. */
    DIRECTORY_UNAVAILABLE("directory_unavailable", "houjinDirectoryUnavailable");

    private final String event;
    private final String message;

    SignInRefusal(String event, String message) {
        this.event = event;
        this.message = message;
    }

    @Override
    public String event() {
        return event;
    }

    @Override
    public String message() {
        return message;
    }

    /**
     * "May this account sign in", for every page: its corporation is active (not suspended, not pending) and its
     * login is not suspended (the directory's half, {@link CorporateUser#maySignIn()}), and Keycloak's enabled switch
     * is on. Null when it may.
     */
    public static SignInRefusal restriction(CorporateUser found, UserModel user) {
        if (found.getCorporation().isPending()) {
            return CORPORATION_PENDING;
        }
        if (!found.getCorporation().isActive()) {
            return CORPORATION_SUSPENDED;
        }
        if (found.isLoginSuspended()) {
            return USER_LOGIN_SUSPENDED;
        }
        return user.isEnabled() ? null : USER_DISABLED;
    }
}
