package jp.houjin.keycloak.rest;

import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.signup.CorporateSignups;
import jp.houjin.keycloak.signup.CorporateSignupToken;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * {@code /realms/{realm}/houjin/corporate-signup}: the link of the 本登録 mail of 新規登録（法人）. GET shows what is
 * about to be confirmed and a button (so a mail scanner that follows links confirms nothing); POST confirms: the
 * corporation leaves status PENDING and its admin can sign in with the 法人ID the page shows. Each outcome is a
 * {@code VERIFY_EMAIL} event: success, or an error with the reason (invalid, expired, used, superseded).
 */
public final class CorporateSignupResource extends MailedLinkPage<CorporateSignupResource.Checked> {

    public static final String PATH = RealmPaths.CORPORATE_SIGNUP;

    private static final Logger LOG = Logger.getLogger(CorporateSignupResource.class);

    public CorporateSignupResource(KeycloakSession session) {
        super(session, PATH, "houjin-corporate-confirm.ftl");
    }

    @Override
    protected Map<String, Object> confirmModel(Checked checked) {
        Map<String, Object> model = model("confirm");
        model.put("corporationName", checked.corporation.getName());
        model.put("email", checked.admin.getEmail() == null ? "" : checked.admin.getEmail());
        return model;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("key") String key) {
        EventBuilder event = event();
        Checked checked = check(key);
        if (checked.failed()) {
            return checked.refuse(event);
        }
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        directory.setStatus(checked.corporation, Corporation.Status.ACTIVE);
        UserModel user = session.users().getUserById(realm, checked.token.getSubject());
        if (user != null) {
            // Keycloak's user cache holds the account as it was (disabled while PENDING).
            org.keycloak.models.cache.UserCache cache = session.getProvider(org.keycloak.models.cache.UserCache.class);
            if (cache != null) {
                cache.evict(realm, user);
            }
            event.user(user);
        }
        event.detail(Details.EMAIL, checked.admin.getEmail()).detail(CorporateSignups.DETAIL_CORPORATE_ID,
                checked.corporation.getCorporateId()).success();
        Map<String, Object> model = model("done");
        model.put("corporateId", checked.corporation.getCorporateId());
        model.put("userId", checked.admin.getUserId());
        model.put("email", checked.admin.getEmail() == null ? "" : checked.admin.getEmail());
        return render(model, null);
    }

    @Override
    protected EventBuilder event() {
        return event(EventType.VERIFY_EMAIL, CorporateSignupToken.TOKEN_TYPE);
    }

    /** The token and the directory rows it names, or why the link does not work. */
    @Override
    protected Checked check(String key) {
        Checked c = new Checked();
        CorporateSignupToken token = decode(key, CorporateSignupToken.class, CorporateSignupToken.TOKEN_TYPE);
        if (token == null || token.getCorporationId() == null) {
            return c.fail(Errors.INVALID_TOKEN, "houjinSignupLinkInvalid");
        }
        c.token = token;
        if (token.getExp() == null || token.getExp() < Time.currentTime()) {
            return c.fail(Errors.EXPIRED_CODE, "houjinSignupLinkExpired");
        }
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        Optional<Corporation> corporation;
        try {
            corporation = directory.findCorporationByInternalId(token.getCorporationId());
        } catch (RuntimeException e) {
            LOG.warnf("Corporate directory unavailable during 本登録: %s", e.toString());
            return c.fail("directory_unavailable", "houjinDirectoryUnavailable");
        }
        if (corporation.isEmpty()) {
            // A newer sign-up with the same address replaced this one, or an admin removed it.
            return c.fail("signup_superseded", "houjinSignupLinkSuperseded");
        }
        c.corporation = corporation.get();
        c.admin = directory.admins(c.corporation).stream().findFirst().orElse(null);
        if (!c.corporation.isPending()) {
            return c.fail("signup_already_confirmed", "houjinSignupLinkUsed");
        }
        if (c.admin == null) {
            return c.fail("signup_superseded", "houjinSignupLinkSuperseded");
        }
        return c;
    }

    final class Checked extends LinkCheck<Checked> {
        CorporateSignupToken token;
        Corporation corporation;
        CorporateUser admin;

        @Override
        Response refuse(EventBuilder event) {
            if (corporation != null) {
                event.detail(CorporateSignups.DETAIL_CORPORATE_ID, corporation.getCorporateId());
            }
            return CorporateSignupResource.this.refuse(event, this, corporation == null ? "" : corporation.getCorporateId());
        }
    }
}
