package jp.houjin.keycloak.staff;

import java.util.Map;

/**
 * Why スタッフ管理 did not do what was asked. Each reason has the error code the corporate API answers (with its HTTP
 * status) and the message key the pages show ({@code houjinConsoleRefused_<code>}); invalid input also names each
 * refused field with its (encoded, see {@code ProfileFields}) message.
 */
public final class StaffRefusal extends RuntimeException {

    public enum Reason {
        /** Unknown, or outside the acting admin's scope: answered the same. */
        USER_NOT_FOUND(404),
        /** The user has no pending invitation to re-send or revoke. */
        INVITATION_NOT_FOUND(404),
        CANNOT_ACT_ON_YOURSELF(409),
        LAST_ADMIN(409),
        USER_ID_TAKEN(409),
        EMAIL_TAKEN(409),
        INVALID_INPUT(400),
        TEMPORARY_PASSWORD_REFUSED(400),
        MAIL_NOT_SENT(502),
        /** Unknown group, or outside the acting admin's scope: answered the same. */
        GROUP_NOT_FOUND(404),
        /** Only a corporate admin may do this (make or act on a corporate admin, change a group admin's own group). */
        CORPORATE_ADMIN_ONLY(403),
        GROUP_NAME_TAKEN(409),
        /** A group with members or sub-groups is not deleted. */
        GROUP_NOT_EMPTY(409),
        /** A group cannot move under itself or a group below it. */
        GROUP_INTO_ITSELF(409),
        /** Deeper than {@code CorporateGroup.MAX_DEPTH} levels. */
        GROUP_TOO_DEEP(409),
        /** The メイングループ is the root: it is neither moved nor deleted. */
        MAIN_GROUP(409),
        /** Only a corporate admin (whole corporation in scope) manages the corporation's IP allow-list. */
        NOT_A_CORPORATE_ADMIN(403),
        /** A new IP allow-list with bad entries (each named by {@code IpAllowListChange}) or too many: nothing stored. */
        INVALID_ENTRIES(400),
        /** A new IP allow-list would refuse the admin's own address ({@link #subject()}) and was not confirmed. */
        WOULD_SHUT_YOU_OUT(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String messageKey() {
            return "houjinConsoleRefused_" + code();
        }
    }

    private final Reason reason;
    private final transient Map<String, String> fieldErrors;
    private final String subject;

    StaffRefusal(Reason reason) {
        this(reason, Map.of());
    }

    StaffRefusal(Reason reason, Map<String, String> fieldErrors) {
        this(reason, fieldErrors, null);
    }

    private StaffRefusal(Reason reason, Map<String, String> fieldErrors, String subject) {
        super(reason.code(), null, false, false);
        this.reason = reason;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.subject = subject;
    }

    /** A refusal about one thing the message names (its first parameter), such as the address a list would shut out. */
    static StaffRefusal about(Reason reason, String subject) {
        return new StaffRefusal(reason, Map.of(), subject);
    }

    /** Something asked for that is not there (or not in scope). */
    public static StaffRefusal notFound(Reason reason) {
        return new StaffRefusal(reason);
    }

    /** A value that is none of the allowed ones (a filter, a role, a login status). */
    public static StaffRefusal invalidValue(String field) {
        return new StaffRefusal(Reason.INVALID_INPUT, Map.of(field, "houjinConsoleInvalidValue"));
    }

    public Reason reason() {
        return reason;
    }

    /** What the refusal is about (the message's parameter); null when nothing in particular. */
    public String subject() {
        return subject;
    }

    /** Field name → encoded message key (key, then parameters, separated by {@code ProfileFields.SEPARATOR}). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
