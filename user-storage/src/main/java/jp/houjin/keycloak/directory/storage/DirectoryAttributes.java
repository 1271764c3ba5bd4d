package jp.houjin.keycloak.directory.storage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the user-profile attributes the directory serves, and the Keycloak username of a directory user:
 * {@code <corporate ID>:<user ID>} in lower case, unique in the realm although user IDs repeat across corporations.
 */
public final class DirectoryAttributes {

    public static final String CORPORATE_ID = "corporateId";
    public static final String CORPORATION_NAME = "corporationName";
    public static final String USER_ID = "userId";
    public static final String KANA_LAST_NAME = "kanaLastName";
    public static final String KANA_FIRST_NAME = "kanaFirstName";
    public static final String GROUP_NAME = "groupName";
    public static final String CORPORATE_ROLE = "corporateRole";
    public static final String LOGIN_STATUS = "loginStatus";

    private static final Pattern USERNAME = Pattern.compile("(\\d{8}):(.+)");

    public record QualifiedUserId(String corporateId, String userId) {
    }

    private DirectoryAttributes() {
    }

    public static String username(String corporateId, String userId) {
        return corporateId + ":" + userId.toLowerCase(Locale.ROOT);
    }

    public static Optional<QualifiedUserId> parseUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Matcher m = USERNAME.matcher(username);
        return m.matches() ? Optional.of(new QualifiedUserId(m.group(1), m.group(2))) : Optional.empty();
    }
}
