package jp.houjin.keycloak.ipaccess;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;

/**
 * アクセス制限エラー (seed 002, {@value #TEMPLATE}): the page every refusal by an IP allow-list shows — sign-in,
 * mailed links, the console. Its 「ログインに関する不明点はこちら」 link goes to the realm attribute
 * {@value #HELP_URL_ATTRIBUTE} (an absolute http(s) URL; the link is left out when it is not set or not such a URL).
 */
public final class IpDeniedPage {

    public static final String TEMPLATE = "houjin-ip-denied.ftl";
    public static final String HELP_URL_ATTRIBUTE = "houjinLoginHelpUrl";
    /** The template's attribute holding the help link. */
    public static final String HELP_URL = "houjinHelpUrl";

    private IpDeniedPage() {
    }

    /** The page, with the help link when the realm has one. */
    public static Response render(LoginFormsProvider form, RealmModel realm) {
        return withHelp(form, realm).createForm(TEMPLATE);
    }

    /** Adds the help link to a form that is about to render {@value #TEMPLATE}. */
    public static LoginFormsProvider withHelp(LoginFormsProvider form, RealmModel realm) {
        String help = helpUrl(realm);
        return help == null ? form : form.setAttribute(HELP_URL, help);
    }

    static String helpUrl(RealmModel realm) {
        String configured = realm.getAttribute(HELP_URL_ATTRIBUTE);
        if (configured == null || configured.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(configured.strip());
            String scheme = uri.getScheme();
            return uri.isAbsolute() && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
