package jp.houjin.keycloak.ipaccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.houjin.keycloak.directory.ip.IpRanges;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.models.KeycloakSession;

/**
 * A corporation's new IP allow-list as an admin submits it — a corporate admin on the console page or the corporate
 * API, an operator on the admin REST API — checked whole before anything is stored: every entry is parsed
 * ({@link IpRanges#parse}: NFKC, length, control characters, CIDR), each bad one named with its line, and at most
 * {@value #MAX_ENTRIES} entries. Duplicates collapse, the order is kept. {@link #shutsOut} is the guard against a list
 * that would refuse an admin's own address, asked exactly as the sign-in asks ({@link IpAccessCheck#allowsUnder}).
 */
public final class IpAllowListChange {

    public static final int MAX_ENTRIES = 20_000;
    /** The admin events' resource type of every change of an allow-list, whoever makes it. */
    public static final String RESOURCE_TYPE = "HOUJIN_IP_ALLOW_LIST";
    /** What an address that Keycloak could not trust (a forwarded chain a client may have started) is shown as. */
    public static final String UNKNOWN_ADDRESS = "unknown";

    /** One refused entry: its line (from 1), the text as shown back (bounded, controls replaced), the problem. */
    public record Problem(int line, String entry, IpRanges.Problem problem) {

        /** The problem's code for the API ({@code too_long}, {@code format}, …). */
        public String code() {
            return problem.name().toLowerCase(Locale.ROOT);
        }

        /** The message key of the theme: {@code houjinIpEntry_<code>}, with the line and the entry as parameters. */
        public String messageKey() {
            return "houjinIpEntry_" + code();
        }

        public String reason() {
            return problem.reason();
        }
    }

    private final List<String> entries;
    private final List<Problem> problems;
    private final boolean tooMany;

    private IpAllowListChange(List<String> entries, List<Problem> problems, boolean tooMany) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        this.tooMany = tooMany;
    }

    /** The entries of a JSON list: each counts, an empty one is refused. */
    public static IpAllowListChange ofEntries(List<String> raw) {
        return check(raw == null ? List.of() : raw, false);
    }

    /** The text of the page's box, one entry a line: blank lines are skipped, lines are counted as the admin sees them. */
    public static IpAllowListChange ofLines(String text) {
        return check(text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1)), true);
    }

    private static IpAllowListChange check(List<String> raw, boolean skipBlank) {
        LinkedHashSet<String> normalized = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        int counted = 0;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (skipBlank && (line == null || InputNormalizer.normalize(line).isEmpty() && !InputNormalizer.hasControl(line))) {
                continue;
            }
            counted++;
            IpRanges.Entry entry = IpRanges.parse(line);
            if (entry.ok()) {
                normalized.add(entry.normalized());
            } else {
                problems.add(new Problem(i + 1, shown(line), entry.problem()));
            }
        }
        return new IpAllowListChange(new ArrayList<>(normalized), problems, counted > MAX_ENTRIES);
    }

    /** The entry as it may be shown back: at most {@value IpRanges#MAX_LENGTH} characters, controls as U+FFFD. */
    private static String shown(String raw) {
        if (raw == null) {
            return "";
        }
        String bounded = raw.strip();
        bounded = bounded.length() > IpRanges.MAX_LENGTH ? bounded.substring(0, IpRanges.MAX_LENGTH) + "…" : bounded;
        StringBuilder out = new StringBuilder(bounded.length());
        bounded.codePoints().forEach(c -> out.appendCodePoint(InputNormalizer.hasControl(new String(Character.toChars(c)))
                ? 0xFFFD : c));
        return out.toString();
    }

    /** True when every entry is valid and there are not too many: only then may the list be stored. */
    public boolean ok() {
        return problems.isEmpty() && !tooMany;
    }

    /** The normalised entries, without duplicates, in the order given. */
    public List<String> entries() {
        return entries;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean tooMany() {
        return tooMany;
    }

    /**
     * The first of {@code addresses} (an admin's own: where they signed in from, where they call from) that this list
     * would refuse, as the sign-in would refuse it — or empty when none would be. A null address (Keycloak could not
     * trust it) is refused by every non-empty list and is reported as {@value #UNKNOWN_ADDRESS}.
     */
    public Optional<String> shutsOut(KeycloakSession session, Collection<String> addresses) {
        for (String address : addresses) {
            if (!IpAccessCheck.allowsUnder(session, entries, address)) {
                return Optional.of(address == null ? UNKNOWN_ADDRESS : address);
            }
        }
        return Optional.empty();
    }
}
