package jp.houjin.keycloak.common;

/**
 * Text from outside (certificate subjects, exception messages that quote input) made safe for one log line:
 * control characters (CR and LF could forge log lines) become {@code \\uXXXX}, and the length is bounded.
 */
public final class LogText {

    private static final int MAX = 300;

    private LogText() {
    }

    public static String safe(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX && text.length() > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
