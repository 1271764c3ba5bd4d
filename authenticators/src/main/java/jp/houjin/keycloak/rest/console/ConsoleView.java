package jp.houjin.keycloak.rest.console;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.houjin.keycloak.common.ProfileFields;
import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.ipaccess.IpDeniedPage;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
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
        GROUPS("houjin-console-groups.ftl"), GROUP("houjin-console-group.ftl"), IP_ALLOW_LIST("houjin-console-ip-allow-list.ftl"),
        REFUSED("houjin-console-refused.ftl"), IP_DENIED(IpDeniedPage.TEMPLATE),
        CORPORATIONS("houjin-console-corporations.ftl"), CORPORATION("houjin-console-corporation-detail.ftl"),
        NEW_CORPORATION("houjin-console-corporation-new.ftl");

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

    /** The staff pages' path below the console: none for a corporate admin, the corporation's for an operator. */
    private final String[] base;

    ConsoleView(KeycloakSession session, ClientModel client) {
        this(session, client, new String[0]);
    }

    ConsoleView(KeycloakSession session, ClientModel client, String[] base) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.form = session.getProvider(LoginFormsProvider.class);
        this.base = base;
        console.put("staffUrl", url(ConsoleResource.STAFF).toString());
        console.put("newStaffUrl", url(ConsoleResource.NEW_STAFF).toString());
        console.put("groupsUrl", url(ConsoleResource.GROUPS).toString());
        console.put("homeUrl", url(session, realm).toString());
        console.put("canWrite", true);
        console.put("linksUrl", RealmPaths.uri(session, realm, RealmPaths.LINKS, RealmPaths.LINKS_REVIEW).toString());
        if (client != null) {
            console.put("signOutUrl", OIDCLoginProtocolService.logoutUrl(session.getContext().getUri().getBaseUriBuilder())
                    .queryParam("client_id", client.getClientId())
                    .queryParam("post_logout_redirect_uri", url(session, realm, ConsoleResource.STAFF)).build(realm.getName()).toString());
        }
    }

    /**
     * The signed-in admin's part of the model: who, which corporation (none for an operator on 法人一覧), whether a
     * corporate admin ({@code corporateAdmin}: the whole corporation, as an operator in a corporation's scope too) or
     * a group admin, whether they may write, the CSRF token, the sign-out link.
     */
    ConsoleView admin(ConsoleSignIn.Visitor visitor) {
        console.put("admin", true);
        console.put("corporateAdmin", visitor.scope() != null && visitor.scope().corporateAdmin());
        return signedIn(visitor);
    }

    /** A user of the corporation who is not an admin: only their group's page is theirs, so no admin navigation. */
    ConsoleView member(ConsoleSignIn.Visitor visitor) {
        console.put("admin", false);
        console.put("corporateAdmin", false);
        return signedIn(visitor);
    }

    private ConsoleView signedIn(ConsoleSignIn.Visitor visitor) {
        form.setUser(visitor.auth().user());
        CorporateUser entry = visitor.entry();
        if (visitor.scope() != null) {
            console.put("corporateId", visitor.scope().corporation().getCorporateId());
            console.put("corporationName", visitor.scope().corporation().getName());
        } else if (entry != null) {
            console.put("corporateId", entry.getCorporation().getCorporateId());
            console.put("corporationName", entry.getCorporation().getName());
        }
        if (entry != null) {
            console.put("adminName", join(entry.getFamilyName(), entry.getGivenName(), entry.getUserId()));
            console.put("myGroupUrl", url(session, realm, ConsoleResource.GROUPS, entry.getGroup().getId()).toString());
        }
        if (visitor.operator() != null) {
            UserModel user = visitor.auth().user();
            console.put("adminName", join(user.getLastName(), user.getFirstName(), user.getUsername()));
            console.put("operator", true);
            console.put("canWrite", visitor.operator().manage());
            console.put("homeUrl", url(session, realm, ConsoleResource.CORPORATIONS).toString());
            console.put("corporationsUrl", console.get("homeUrl"));
            console.put("newCorporationUrl", url(session, realm, ConsoleResource.CORPORATIONS, CorporationPages.NEW).toString());
            if (visitor.scope() != null) {
                console.put("corporationUrl", url(session, realm, ConsoleResource.CORPORATIONS,
                        visitor.scope().corporation().getCorporateId()).toString());
            }
        }
        console.put("csrf", ConsoleCsrf.token(visitor.auth().session()));
        if (visitor.scope() != null && visitor.scope().corporateAdmin()) {
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
        if (template == Template.IP_DENIED) {
            IpDeniedPage.withHelp(form, realm);
        }
        return form.createForm(template.file);
    }

    /** {@code /realms/{realm}/houjin/console/<base…>/<path…>}: a staff page in this view's scope. */
    URI url(String... path) {
        String[] full = new String[base.length + path.length];
        System.arraycopy(base, 0, full, 0, base.length);
        System.arraycopy(path, 0, full, base.length, path.length);
        return url(session, realm, full);
    }

    static URI url(KeycloakSession session, RealmModel realm, String... path) {
        UriBuilder builder = UriBuilder.fromUri(RealmPaths.uri(session, realm, ConsoleResource.PATH));
        for (String part : path) {
            builder.path(part);
        }
        return builder.build();
    }

    /** A list's URL for another page; values go in as template values, so braces in a search stay text. */
    static URI pageUrl(URI list, String search, String status, int first) {
        return UriBuilder.fromUri(list).queryParam("search", "{search}").queryParam("status", "{status}")
                .queryParam("first", first).build(search == null ? "" : search, status == null ? "" : status);
    }

    private static String join(String family, String given, String fallback) {
        String name = ((family == null ? "" : family) + " " + (given == null ? "" : given)).strip();
        return name.isEmpty() ? fallback : name;
    }
}
