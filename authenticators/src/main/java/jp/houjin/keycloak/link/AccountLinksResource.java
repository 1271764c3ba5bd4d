package jp.houjin.keycloak.link;

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
import jp.houjin.keycloak.api.RealmApiAuth;
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
 * <li>an individual (a local account) lists, adds (by the corporate account's registered email,
 * 連携先法人メールアドレス) and removes links to corporate accounts: {@code GET}, {@code POST {"corporateEmail": ...}},
 * {@code DELETE /{corporateId}/{userId}};</li>
 * <li>a corporate account lists its linked individuals (連携者一覧) and removes a link:
 * {@code GET /individuals}, {@code DELETE /individuals/{individualId}}.</li>
 * </ul>
 * Links live in the directory's {@code account_link} with who linked and when. An email that matches no single
 * active corporate account gets one answer that says nothing more. Every change is an {@code UPDATE_PROFILE} event
 * with detail {@code houjin_link}.
 */
public final class AccountLinksResource {

    public static final String PATH = "links";
    static final String DETAIL = "houjin_link";

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
        InputNormalizer.Result email = InputNormalizer.email(body == null ? null : body.get("corporateEmail"));
        if (!email.ok()) {
            return RealmApiAuth.error(Response.Status.BAD_REQUEST, "invalid_email");
        }
        CorporateDirectory directory = session.getProvider(CorporateDirectory.class);
        CorporateUser corporate = directory.findUserByUniqueEmail(email.value())
                .filter(u -> u.getCorporation().isActive() && !u.isLoginSuspended()).orElse(null);
        EventBuilder event = event(individual).detail(DETAIL, "link").detail("corporate_email", email.value());
        if (corporate == null) {
            event.error("corporate_account_not_found");
            return RealmApiAuth.error(Response.Status.NOT_FOUND, "corporate_account_not_found");
        }
        AccountLink link = directory.link(individual.getId(), corporate, individual.getUsername());
        event.detail("corporate_id", corporate.getCorporation().getCorporateId()).success();
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(corporateSide(link)).build();
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
        if (corporate == null || !directory.unlink(individual.getId(), corporate)) {
            return RealmApiAuth.error(Response.Status.NOT_FOUND, "link_not_found");
        }
        event(individual).detail(DETAIL, "unlink").detail("corporate_id", cid.value()).success();
        return Response.noContent().build();
    }

    @GET
    @Path("individuals")
    @Produces(MediaType.APPLICATION_JSON)
    public Response linkedIndividuals() {
        RealmApiAuth.Access access = RealmApiAuth.authenticate(session);
        if (access.refused()) {
            return access.refusal();
        }
        CorporateUser corporate = access.caller().corporate();
        if (corporate == null) {
            return RealmApiAuth.error(Response.Status.FORBIDDEN, "not_a_corporate_account");
        }
        RealmModel realm = session.getContext().getRealm();
        return Response.ok(session.getProvider(CorporateDirectory.class).linksOf(corporate).stream().map(link -> {
            UserModel individual = session.users().getUserById(realm, link.getIndividualUserId());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", link.getIndividualUserId());
            out.put("email", individual == null ? null : individual.getEmail());
            out.put("lastName", individual == null ? null : individual.getLastName());
            out.put("firstName", individual == null ? null : individual.getFirstName());
            out.put("linkedAt", link.getLinkedAt());
            return out;
        }).toList()).build();
    }

    @DELETE
    @Path("individuals/{individualId}")
    public Response removeIndividual(@PathParam("individualId") String individualId) {
        RealmApiAuth.Access access = RealmApiAuth.authenticate(session);
        if (access.refused()) {
            return access.refusal();
        }
        CorporateUser corporate = access.caller().corporate();
        if (corporate == null) {
            return RealmApiAuth.error(Response.Status.FORBIDDEN, "not_a_corporate_account");
        }
        if (individualId == null || individualId.length() > 64
                || !session.getProvider(CorporateDirectory.class).unlink(individualId, corporate)) {
            return RealmApiAuth.error(Response.Status.NOT_FOUND, "link_not_found");
        }
        event(access.caller().user()).detail(DETAIL, "unlink_individual").detail("individual_id", individualId).success();
        return Response.noContent().build();
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
        out.put("linkedAt", link.getLinkedAt());
        return out;
    }
}
