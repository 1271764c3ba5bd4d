package jp.houjin.keycloak.corporation;

import java.util.Locale;
import java.util.Map;

/**
 * Why an operator's change to a corporation was not done. Each reason has the error code the admin REST answers (with
 * its HTTP status) and the message key the pages show ({@code houjinCorporationRefused_<code>}); invalid input also
 * names each refused field with its (encoded, see {@code ProfileFields}) message. Thrown before anything changed.
 */
public final class CorporationRefusal extends RuntimeException {

    public enum Reason {
        CORPORATION_NOT_FOUND(404),
        CORPORATE_ID_TAKEN(409),
        /** Suspending what is not active, resuming what is not suspended, discarding a sign-up that is not pending. */
        STATUS_CONFLICT(409),
        /** Deletion needs the 法人ID typed again, and it was not. */
        CONFIRMATION_MISMATCH(400),
        INVALID_INPUT(400);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String messageKey() {
            return "houjinCorporationRefused_" + code();
        }
    }

    private final Reason reason;
    private final transient Map<String, String> fieldErrors;

    CorporationRefusal(Reason reason) {
        this(reason, Map.of());
    }

    CorporationRefusal(Reason reason, Map<String, String> fieldErrors) {
        super(reason.code(), null, false, false);
        this.reason = reason;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** A value that is none of the allowed ones (a status filter). */
    public static CorporationRefusal invalidValue(String field) {
        return new CorporationRefusal(Reason.INVALID_INPUT, Map.of(field, "houjinConsoleInvalidValue"));
    }

    public Reason reason() {
        return reason;
    }

    /** Field name → encoded message key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
