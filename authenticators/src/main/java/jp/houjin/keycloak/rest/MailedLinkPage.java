package jp.houjin.keycloak.rest;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.invitation.InvitationSettings;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.JsonWebToken;

/**
 * A page a mailed link opens ({@code …/houjin/<path>?key=…}): GET shows what the link is about and one button (a mail
 * scanner that follows links decides nothing), POST does it. This holds what such pages share: the signed key read
 * back (its own type, this realm's issuer, not too long), the page model and its rendering in the login theme.
 */
abstract class MailedLinkPage<C extends MailedLinkPage.LinkCheck<C>> {

    protected final KeycloakSession session;
    protected final RealmModel realm;
    private final String path;
    private final String template;

    protected MailedLinkPage(KeycloakSession session, String path, String template) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.path = path;
        this.template = template;
    }

    private URI uri() {
        return RealmPaths.uri(session, realm, path);
    }

    /** The signed key as a token of that type from this realm, or null for anything else (expiry is the caller's). */
    protected <T extends JsonWebToken> T decode(String key, Class<T> type, String tokenType) {
        if (key == null || key.isBlank() || key.length() > 4096) {
            return null;
        }
        T token;
        try {
            token = session.tokens().decode(key, type);
        } catch (RuntimeException e) {
            return null;
        }
        return token != null && tokenType.equals(token.getType())
                && RealmPaths.issuer(session, realm).equals(token.getIssuer()) ? token : null;
    }

    /** The page's model: its step, where its button posts, and the way back to sign-in. */
    protected Map<String, Object> model(String step) {
        Map<String, Object> model = new HashMap<>();
        model.put("step", step);
        model.put("action", uri().toString());
        model.put("signInUrl", InvitationSettings.home(session, realm).toString());
        return model;
    }

    /** The signed key checked: what it names, or why the link does not work. */
    protected abstract C check(String key);

    /** The event of every visit of this page. */
    protected abstract EventBuilder event();

    /** The confirm step's model: what is about to be done, for the page to show. */
    protected abstract Map<String, Object> confirmModel(C checked);

    /** GET: the check, then the confirm step with its button (nothing is done yet), or the refusal. */
    @GET
    public Response show(@QueryParam("key") String key) {
        C checked = check(key);
        if (checked.failed()) {
            return checked.refuse(event());
        }
        Map<String, Object> model = confirmModel(checked);
        model.put("key", key);
        return render(model, null);
    }

    /** The event of every visit: its type and the link's token type as {@code action}. */
    protected EventBuilder event(EventType type, String action) {
        return new EventBuilder(realm, session, session.getContext().getConnection()).event(type)
                .detail(Details.ACTION, action);
    }

    /** What a link's check found: nothing wrong, or the event error and the page's message of why it does not work. */
    protected abstract static class LinkCheck<C extends LinkCheck<C>> {
        String error;
        String message;

        final boolean failed() {
            return error != null;
        }

        @SuppressWarnings("unchecked")
        final C fail(String error, String message) {
            this.error = error;
            this.message = message;
            return (C) this;
        }

        /** The refused link's error event (with what the check found) and the page's error step. */
        abstract Response refuse(EventBuilder event);
    }

    /** The refused link's error event and the page's error step with its message. */
    protected Response refuse(EventBuilder event, LinkCheck<?> check, Object... params) {
        event.error(check.error);
        return render(model("error"), check.message, params);
    }

    protected Response render(Map<String, Object> model, String error, Object... params) {
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class).setAttribute("houjin", model)
                .setActionUri(uri());
        if (error != null) {
            form.setError(error, params);
        }
        return form.createForm(template);
    }
}
