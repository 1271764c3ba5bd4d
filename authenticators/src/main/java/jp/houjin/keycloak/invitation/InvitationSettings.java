package jp.houjin.keycloak.invitation;

import java.net.URI;

import org.keycloak.common.Version;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.Urls;
import org.keycloak.services.util.ResolveRelative;

import java.time.Duration;

import org.keycloak.models.RealmModel;

/**
 * The realm's invitation settings, as realm attributes (realm-config sets them; an admin changes them with
 * {@code kcadm.sh update realms/partner-portal -s 'attributes.houjinInvitationLifespanDays=7'}):
 * <ul>
 * <li>{@code houjinInvitationLifespanDays}: how long an invitation link works (default 14, seed 000 FAQ ①);</li>
 * <li>{@code houjinTemporaryPasswordLifespanDays}: how long a temporary password works (default 30, seed 003);</li>
 * <li>{@code houjinInvitationClientId}: the client the invited user lands in when done (default account-console);</li>
 * <li>{@code houjinTermsUrl} and {@code houjinTermsVersion}: the 利用規約 the user accepts, and the version recorded.</li>
 * </ul>
 */
public record InvitationSettings(Duration invitationLifespan, Duration temporaryPasswordLifespan, String clientId,
        String termsUrl, String termsVersion) {

    public static final String INVITATION_DAYS = "houjinInvitationLifespanDays";
    public static final String TEMPORARY_PASSWORD_DAYS = "houjinTemporaryPasswordLifespanDays";
    public static final String CLIENT_ID = "houjinInvitationClientId";
    public static final String TERMS_URL = "houjinTermsUrl";
    public static final String TERMS_VERSION = "houjinTermsVersion";

    static final int DEFAULT_INVITATION_DAYS = 14;
    static final int DEFAULT_TEMPORARY_PASSWORD_DAYS = 30;

    public static InvitationSettings of(RealmModel realm) {
        return new InvitationSettings(
                Duration.ofDays(days(realm.getAttribute(INVITATION_DAYS), DEFAULT_INVITATION_DAYS)),
                Duration.ofDays(days(realm.getAttribute(TEMPORARY_PASSWORD_DAYS), DEFAULT_TEMPORARY_PASSWORD_DAYS)),
                blankToDefault(realm.getAttribute(CLIENT_ID), "account-console"),
                blankToDefault(realm.getAttribute(TERMS_URL), null),
                blankToDefault(realm.getAttribute(TERMS_VERSION), "1"));
    }

    /** A positive whole number of days (at most ten years); anything else falls back to the default. */
    static int days(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int days = Integer.parseInt(value.strip());
            return days > 0 && days <= 3650 ? days : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /**
     * The 利用規約 every page links to: the realm's {@code houjinTermsUrl}, or else the theme's sample page in the
     * user's language ({@code terms_ja.html}, {@code terms_en.html}). The one place that says where the terms are.
     */
    public static String termsLink(KeycloakSession session, RealmModel realm) {
        String configured = of(realm).termsUrl();
        if (configured != null) {
            return configured;
        }
        String language = "en".equals(session.getContext().resolveLocale(null).getLanguage()) ? "en" : "ja";
        return Urls.themeRoot(session.getContext().getUri().getBaseUri()) + "/" + Version.RESOURCES_VERSION
                + "/login/partner-portal/terms/terms_" + language + ".html";
    }

    /** The home page of the realm's invitation client ({@code houjinInvitationClientId}), or the account console. */
    public static URI home(KeycloakSession session, RealmModel realm) {
        ClientModel client = realm.getClientByClientId(of(realm).clientId());
        String home = client == null ? null : ResolveRelative.resolveRelativeUri(session, client.getRootUrl(),
                client.getBaseUrl());
        return home == null || home.isBlank()
                ? Urls.accountBase(session.getContext().getUri().getBaseUri()).path("/").build(realm.getName())
                : URI.create(home);
    }
}
