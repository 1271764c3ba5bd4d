package jp.houjin.keycloak.common;

import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

/**
 * Why a sign-in page refuses: the event error an admin reads under Events, paired with the message key the page
 * shows (messages_ja / messages_en), one constant per refusal of every feature's pages. The credential errors of a
 * form (unknown account, wrong or locked password) are not here: each form answers all of them with its one message.
 */
public enum SignInRefusal {

    /** Input refused before any lookup: each field carries its own message, the page none. */
    INVALID_INPUT("houjin_invalid_input", null),

    // Every page, once the account is known.

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
    DIRECTORY_UNAVAILABLE("directory_unavailable", "houjinDirectoryUnavailable"),

    // ユーザー認証 and the sign-in form, once the temporary password was right (invitation).
    TEMPORARY_PASSWORD_EXPIRED("temporary_password_expired", "houjinTemporaryPasswordExpired"),
    INVITATION_REDEEMED("invitation_not_pending", "houjinAlreadyRedeemed"),
    INVITED_BY_MAIL("invitation_by_mail", "houjinInvitedByMail"),
    /** Redeem first: by the mail's link, or by 「初めてログインする方はこちら」. */
    INVITATION_PENDING_MAIL("invitation_not_pending", "houjinInvitationPendingMail"),
    INVITATION_PENDING_FIRST_LOGIN("invitation_not_pending", "houjinInvitationPendingFirstLogin"),

    // 法人番号 + 振込口座番号 (recovery).
    VERIFICATION_FAILED("verification_failed", "houjinVerificationFailed"),
    VERIFICATION_LOCKED("verification_locked", "houjinVerificationLocked"),
    ADMIN_PROOF_FAILED("verification_failed", "houjinAdminProofFailed"),
    ADMIN_PROOF_NOT_ALLOWED("admin_recovery_not_allowed", "houjinAdminProofFailed"),

    // The certificate sign-in: each way a certificate fails has a page of its own, then the アクセスキー step.
    CERTIFICATE_MISSING("certificate_missing", "houjinCertificateMissing"),
    CERTIFICATE_EXPIRED("certificate_expired", "houjinCertificateExpired"),
    CERTIFICATE_UNTRUSTED("certificate_untrusted", "houjinCertificateUntrusted"),
    CERTIFICATE_REVOKED("certificate_revoked", "houjinCertificateRevoked"),
    CERTIFICATE_REVOCATION_UNKNOWN("certificate_revocation_unknown", "houjinCertificateRevocationUnknown"),
    CERTIFICATE_NOT_USABLE("certificate_not_usable", "houjinCertificateNotUsable"),
    CERTIFICATE_NOT_CONFIGURED("certificate_not_configured", "houjinCertificateNotConfigured"),
    INITIAL_PASSWORD_EXPIRED("initial_password_expired", "houjinInitialPasswordExpired");

    private final String event;
    private final String message;

    SignInRefusal(String event, String message) {
        this.event = event;
        this.message = message;
    }

    public String event() {
        return event;
    }

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
