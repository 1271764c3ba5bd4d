package jp.houjin.keycloak.rest.console;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.houjin.keycloak.common.ProfileFields;
import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.directory.model.CorporateUser;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocolService;

/**
 * Renders a console page: a template of the realm's login theme ({@code houjin-console-*.ftl}, partner-portal) through
 * Keycloak's login forms, so messages ({@code msg}, ja default, en), the locale switch, the PatternFly resources and
 * the browser security headers are Keycloak's; FreeMarker escapes every value. The model every page shares is
 * {@code console} (the admin, the corporation, the navigation, the CSRF token); the page's own is {@code page}.
 */
final class ConsoleView {

    /** The console's pages, each a template of the login theme. */
    enum Template {
        LIST("houjin-console-staff.ftl"), DETAIL("houjin-console-staff-detail.ftl"), NEW("houjin-console-staff-new.ftl"),
        IP_ALLOW_LIST("houjin-console-ip-allow-list.ftl"), REFUSED("houjin-console-refused.ftl"),
        IP_DENIED("houjin-ip-denied.ftl");

        private final String file;

        Template(String file) {
            this.file = file;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Map<String, Object> console = new HashMap<>();
    private final Map<String, Object> page = new HashMap<>();
    private final LoginFormsProvider form;

    ConsoleView(KeycloakSession session, ClientModel client) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.form = session.getProvider(LoginFormsProvider.class);
        console.put("staffUrl", url(ConsoleResource.STAFF).toString());
        console.put("newStaffUrl", url(ConsoleResource.NEW_STAFF).toString());
        console.put("linksUrl", RealmPaths.uri(session, realm, RealmPaths.LINKS, RealmPaths.LINKS_REVIEW).toString());
        if (client != null) {
            console.put("signOutUrl", OIDCLoginProtocolService.logoutUrl(session.getContext().getUri().getBaseUriBuilder())
                    .queryParam("client_id", client.getClientId())
                    .queryParam("post_logout_redirect_uri", url(ConsoleResource.STAFF)).build(realm.getName()).toString());
        }
    }

    /** The signed-in admin's part of the model: who, which corporation, the CSRF token, the sign-out link. */
    ConsoleView admin(ConsoleSignIn.Visitor visitor) {
        CorporateUser admin = visitor.entry();
        form.setUser(visitor.auth().user());
        console.put("corporateId", admin.getCorporation().getCorporateId());
        console.put("corporationName", admin.getCorporation().getName());
        console.put("adminName", join(admin.getFamilyName(), admin.getGivenName(), admin.getUserId()));
        console.put("csrf", ConsoleCsrf.token(visitor.auth().session()));
        if (visitor.scope() != null && visitor.scope().wholeCorporation()) {
            console.put("ipAllowListUrl", url(ConsoleResource.IP_ALLOW_LIST).toString());
        }
        return this;
    }

    ConsoleView put(String name, Object value) {
        page.put(name, value);
        return this;
    }

    ConsoleView error(String key, Object... parameters) {
        form.setError(key, parameters);
        return this;
    }

    ConsoleView success(String key, Object... parameters) {
        form.setSuccess(key, parameters);
        return this;
    }

    /** Field errors (field → encoded key, as {@link ProfileFields} makes them), shown under each field. */
    ConsoleView fieldErrors(Map<String, String> errors) {
        ProfileFields.addErrors(form, errors);
        return this;
    }

    Response render(Template template) {
        return render(template, Response.Status.OK);
    }

    Response render(Template template, Response.Status status) {
        form.setAttribute("console", console).setAttribute("page", page).setStatus(status);
        return form.createForm(template.file);
    }

    /** {@code /realms/{realm}/houjin/console/<path…>}. */
    URI url(String... path) {
        return url(session, realm, path);
    }

    static URI url(KeycloakSession session, RealmModel realm, String... path) {
        UriBuilder builder = UriBuilder.fromUri(RealmPaths.uri(session, realm, ConsoleResource.PATH));
        for (String part : path) {
            builder.path(part);
        }
        return builder.build();
    }

    private static String join(String family, String given, String fallback) {
        String name = ((family == null ? "" : family) + " " + (given == null ? "" : given)).strip();
        return name.isEmpty() ? fallback : name;
    }
}
