package jp.houjin.keycloak.common;

/**
 * Why a page refuses: the event error an admin reads under Events, paired with the message key the page shows
 * (messages_ja / messages_en). The refusals several features share are {@link SignInRefusal}; a feature names its
 * own with {@link #of} or an enum implementing this (e.g. the certificate sign-in's {@code Problem}).
 */
public interface Refusal {

    String event();

    String message();

    static Refusal of(String event, String message) {
        return new Pair(event, message);
    }

    record Pair(String event, String message) implements Refusal {
    }
}
