package jp.houjin.keycloak.rest;

import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.invitation.InvitationSettings;
import jp.houjin.keycloak.link.AccountLinks;
import jp.houjin.keycloak.link.AccountLinkRequiredActionFactory;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.rest.RealmApiAuth;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.AccountLink;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@code /realms/{realm}/houjin/links} (seed 004), each call with the user's own access token, admitted by
 * {@link RealmApiAuth} (audience {@value RealmApiAuth#AUDIENCE}, no service accounts, a corporate account's
 * directory state read on every call):
 * <ul>
 * <li>an individual (a local account) lists its confirmed links, asks for a link (by the corporate account's
 * registered email, 連携先法人メールアドレス) and removes links: {@code GET}, {@code POST {"corporateEmail": ...}}
 * (always {@code 202 {"status":"requested"}}, whether or not the address belongs to a corporate account; {@code 429}
 * past the hourly limit), {@code DELETE /{corporateId}/{userId}};</li>
 * <li>a corporate account lists its linked individuals and the pending requests (連携者一覧, each with
 * {@code status} {@code pending} or {@code confirmed}), confirms a request and rejects a request or removes a link:
 * {@code GET /individuals}, {@code POST /individuals/{individualId}/confirm}, {@code DELETE /individuals/{individualId}};</li>
 * <li>{@code GET /review}: the link in the corporate account's mail; it signs the browser in and opens 連携者一覧.</li>
 * </ul>
 * The rules are {@link AccountLinks}'. Every change is an {@code UPDATE_PROFILE} event with detail
 * {@code houjin_link}.
 */
public final class AccountLinksResource {

    public static final String PATH = RealmPaths.LINKS;
    static final String REVIEW = RealmPaths.LINKS_REVIEW;

    private final KeycloakSession session;

    public AccountLinksResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response myLinks() {
        RealmApiAuth.Access access = RealmApiAuth.authenticate(session);
        Response refused = individualOnly(access);
        if (refused != null) {
            return refused;
        }
        UserModel individual = access.caller().user();
        return Response.ok(session.getProvider(CorporateDirectory.class).linksOfIndividual(individual.getId()).stream()
                .map(AccountLinksResource::corporateSide).toList()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response link(Map<String, String> body) {
        RealmApiAuth.Access access = RealmApiAuth.authenticate(session);
        Response refused = individualOnly(access);
        if (refused != null) {
            return refused;
        }
        UserModel individual = access.caller().user();
        AccountLinks.Outcome outcome = new AccountLinks(session).request(individual,
                body == null ? null : body.get("corporateEmail"), event(individual));
        return switch (outcome) {
            case INVALID_EMAIL -> RealmApiAuth.error(Response.Status.BAD_REQUEST, "invalid_email");
            case RATE_LIMITED -> RealmApiAuth.error(Response.Status.TOO_MANY_REQUESTS, "too_many_link_requests");
            case REQUESTED -> Response.accepted(Map.of("status", "requested")).type(MediaType.APPLICATION_JSON).build();
        };
    }

    @DELETE
    @Path("{corporateId}/{userId}")
    public Response unlink(@PathParam("corporateId") String corporateId, @PathParam("userId") String userId) {
        RealmApiAuth.Access access = RealmApiAuth.authenticate(session);
        Response refused = individualOnly(access);
        if (refused != null) {
            return refused;
        }
        UserModel individual = access.caller().user();
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        InputNormalizer.Result cid = InputNormalizer.corporateId(corporateId);
        InputNormalizer.Result uid = InputNormalizer.userId(userId);
        CorporateUser corporate = cid.ok() && uid.ok() ? directory.findUser(cid.value(), uid.value()).orElse(null) : null;
        // Only a confirmed link is the individual's to see, so only one can be removed here (a pending request
        // answers like a link that does not exist; it lapses when the corporate account rejects it).
        if (corporate == null || !directory.findLink(individual.getId(), corporate).map(AccountLink::isConfirmed).orElse(false)
                || !directory.unlink(individual.getId(), corporate)) {
            return RealmApiAuth.error(Response.Status.NOT_FOUND, "link_not_found");
        }
        event(individual).detail(AccountLinks.DETAIL, "unlink").detail("corporate_id", cid.value()).success();
        return Response.noContent().build();
    }

    @GET
    @Path("individuals")
    @Produces(MediaType.APPLICATION_JSON)
    public Response linkedIndividuals() {
        RealmApiAuth.Access access = RealmApiAuth.authenticateCorporate(session);
        if (access.refused()) {
            return access.refusal();
        }
        CorporateUser corporate = access.caller().corporate();
        RealmModel realm = session.getContext().getRealm();
        return Response.ok(session.getProvider(CorporateDirectory.class).linksOf(corporate).stream().map(link -> {
            UserModel individual = session.users().getUserById(realm, link.getIndividualUserId());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", link.getIndividualUserId());
            out.put("status", link.isConfirmed() ? "confirmed" : "pending");
            out.put("email", individual == null ? null : individual.getEmail());
            out.put("lastName", individual == null ? null : individual.getLastName());
            out.put("firstName", individual == null ? null : individual.getFirstName());
            out.put("requestedAt", link.getLinkedAt());
            out.put("linkedAt", link.getConfirmedAt());
            return out;
        }).toList()).build();
    }

    @POST
    @Path("individuals/{individualId}/confirm")
    public Response confirmIndividual(@PathParam("individualId") String individualId) {
        RealmApiAuth.Access access = RealmApiAuth.authenticateCorporate(session);
        if (access.refused()) {
            return access.refusal();
        }
        CorporateUser corporate = access.caller().corporate();
        if (!new AccountLinks(session).confirm(corporate, individualId)) {
            return RealmApiAuth.error(Response.Status.NOT_FOUND, "link_request_not_found");
        }
        event(access.caller().user()).detail(AccountLinks.DETAIL, "confirm").detail("individual_id", individualId).success();
        return Response.noContent().build();
    }

    @DELETE
    @Path("individuals/{individualId}")
    public Response removeIndividual(@PathParam("individualId") String individualId) {
        RealmApiAuth.Access access = RealmApiAuth.authenticateCorporate(session);
        if (access.refused()) {
            return access.refusal();
        }
        CorporateUser corporate = access.caller().corporate();
        if (!new AccountLinks(session).remove(corporate, individualId)) {
            return RealmApiAuth.error(Response.Status.NOT_FOUND, "link_not_found");
        }
        event(access.caller().user()).detail(AccountLinks.DETAIL, "unlink_individual").detail("individual_id", individualId).success();
        return Response.noContent().build();
    }

    /**
     * The link in the corporate account's mail: the browser signs in through the realm's browser flow (法人ID form,
     * allow-list, lockout) for the realm's invitation client and lands on 連携者一覧 ({@code kc_action}), where the
     * request is confirmed or rejected. Nothing in the link itself approves anything.
     */
    @GET
    @Path(REVIEW)
    public Response review() {
        RealmModel realm = session.getContext().getRealm();
        String clientId = jp.houjin.keycloak.invitation.InvitationSettings.of(realm).clientId();
        URI home = InvitationSettings.home(session, realm);
        // The client (the account console by default) wants PKCE; this request never redeems its code, the client's
        // page starts its own sign-in on top of the SSO session.
        String challenge = jp.houjin.keycloak.common.UnredeemableCode.challenge();
        URI auth = org.keycloak.protocol.oidc.OIDCLoginProtocolService.authUrl(session.getContext().getUri()
                .getBaseUriBuilder()).queryParam("client_id", clientId).queryParam("redirect_uri", home.toString())
                .queryParam("response_type", "code").queryParam("scope", "openid")
                .queryParam("state", jp.houjin.keycloak.common.UnredeemableCode.state())
                .queryParam("code_challenge", challenge).queryParam("code_challenge_method", "S256")
                .queryParam("kc_action", AccountLinkRequiredActionFactory.ID).build(realm.getName());
        return Response.seeOther(auth).header("Cache-Control", "no-store").build();
    }

    /** Individuals are local accounts: anyone federated (the directory or another provider) is not one. */
    private static Response individualOnly(RealmApiAuth.Access access) {
        if (access.refused()) {
            return access.refusal();
        }
        return access.caller().user().getFederationLink() != null
                ? RealmApiAuth.error(Response.Status.FORBIDDEN, "not_an_individual_account") : null;
    }

    private EventBuilder event(UserModel user) {
        return new EventBuilder(session.getContext().getRealm(), session, session.getContext().getConnection())
                .event(EventType.UPDATE_PROFILE).user(user).detail(Details.USERNAME, user.getUsername());
    }

    private static Map<String, Object> corporateSide(AccountLink link) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("corporateId", link.getCorporateUser().getCorporation().getCorporateId());
        out.put("corporationName", link.getCorporateUser().getCorporation().getName());
        out.put("userId", link.getCorporateUser().getUserId());
        out.put("linkedAt", link.getConfirmedAt());
        return out;
    }
}
