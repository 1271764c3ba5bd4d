package jp.houjin.keycloak.common;

import jp.houjin.keycloak.directory.text.InputNormalizer;

/** Message keys of the sign-in pages (messages_ja / messages_en of the partner-portal login theme). */
public final class LoginMessages {

    public static final String INVALID_CREDENTIALS = "houjinInvalidCredentials";
    public static final String INDIVIDUAL_INVALID_CREDENTIALS = "houjinIndividualInvalidCredentials";
    public static final String ACCESS_RESTRICTED = "houjinAccessRestricted";
    public static final String CORPORATION_PENDING = "houjinCorporationPending";
    public static final String ACCOUNT_DISABLED = "houjinAccountDisabled";
    public static final String DIRECTORY_UNAVAILABLE = "houjinDirectoryUnavailable";

    private LoginMessages() {
    }

    /** The field message for an input refused before any lookup, e.g. {@code houjinCorporateIdTooLong}. */
    public static String problem(String field, InputNormalizer.Problem problem) {
        String prefix = "houjin" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return switch (problem) {
            case EMPTY -> prefix + "Required";
            case TOO_LONG -> prefix + "TooLong";
            case CONTROL_CHARACTER -> "houjinControlCharacter";
            case FORMAT -> prefix + "Format";
        };
    }
}
