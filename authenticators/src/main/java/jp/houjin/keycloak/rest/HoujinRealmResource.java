package jp.houjin.keycloak.rest;

import jakarta.ws.rs.Path;
import jp.houjin.keycloak.rest.InvitationLandingResource;
import org.keycloak.models.KeycloakSession;

/** {@code /realms/{realm}/houjin}: the invitation landing, account links and the corporate admins' member API. */
public final class HoujinRealmResource {

    private final KeycloakSession session;

    HoujinRealmResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * {@code /realms/{realm}/houjin/terms}: the realm's 利用規約 (realm attribute {@code houjinTermsUrl}), or the
     * theme's sample page in the user's language; the sign-up form links here.
     */
    @jakarta.ws.rs.GET
    @Path("terms")
    public jakarta.ws.rs.core.Response terms() {
        java.net.URI target = java.net.URI.create(jp.houjin.keycloak.invitation.InvitationSettings.termsLink(session,
                session.getContext().getRealm()));
        return jakarta.ws.rs.core.Response.seeOther(target).build();
    }

    /**
     * {@code /realms/{realm}/houjin/first-login}: the bookmarkable 認証用URL (seed 000) for users invited without
     * email — starts the sign-in on ユーザー認証 ({@link jp.houjin.keycloak.invitation.FirstLoginForm#startUrl}).
     */
    @jakarta.ws.rs.GET
    @Path(jp.houjin.keycloak.common.RealmPaths.FIRST_LOGIN)
    public jakarta.ws.rs.core.Response firstLogin() {
        java.net.URI start = jp.houjin.keycloak.invitation.FirstLoginForm.startUrl(session, session.getContext().getRealm());
        if (start == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return jakarta.ws.rs.core.Response.seeOther(start).header("Cache-Control", "no-store").build();
    }

    @Path(InvitationLandingResource.PATH)
    public InvitationLandingResource invitationComplete() {
        return new InvitationLandingResource(session);
    }

    @Path(jp.houjin.keycloak.rest.AccountLinksResource.PATH)
    public jp.houjin.keycloak.rest.AccountLinksResource links() {
        return new jp.houjin.keycloak.rest.AccountLinksResource(session);
    }

    @Path(jp.houjin.keycloak.rest.CorporateSignupResource.PATH)
    public jp.houjin.keycloak.rest.CorporateSignupResource corporateSignup() {
        return new jp.houjin.keycloak.rest.CorporateSignupResource(session);
    }

    @Path(jp.houjin.keycloak.rest.AdminRequestDecisionResource.PATH)
    public jp.houjin.keycloak.rest.AdminRequestDecisionResource adminRequestDecision() {
        return new jp.houjin.keycloak.rest.AdminRequestDecisionResource(session);
    }

    @Path(CorporationMembersResource.PATH)
    public CorporationMembersResource corporation() {
        return new CorporationMembersResource(session);
    }

    /** 法人管理: the corporate admins' pages. */
    @Path(jp.houjin.keycloak.rest.console.ConsoleResource.PATH)
    public jp.houjin.keycloak.rest.console.ConsoleResource console() {
        return new jp.houjin.keycloak.rest.console.ConsoleResource(session);
    }

    /** The corporate API's OpenAPI document ({@code openapi.json} in this JAR). */
    @jakarta.ws.rs.GET
    @Path(OpenApiDocument.PATH)
    @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response openApi() {
        return OpenApiDocument.response();
    }
}
