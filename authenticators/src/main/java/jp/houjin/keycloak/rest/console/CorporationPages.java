package jp.houjin.keycloak.rest.console;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.corporation.CorporationChange;
import jp.houjin.keycloak.corporation.CorporationList;
import jp.houjin.keycloak.corporation.CorporationRefusal;
import jp.houjin.keycloak.corporation.CorporationService;
import jp.houjin.keycloak.corporation.CorporationSummary;
import jp.houjin.keycloak.corporation.IssuedAccessKey;
import jp.houjin.keycloak.corporation.NewCorporation;
import jp.houjin.keycloak.corporation.VerificationNumbers;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.Invitation;
import org.keycloak.models.KeycloakSession;

/**
 * The operators' pages of the console ({@code /realms/{realm}/houjin/console/corporations…}): 法人一覧 (search over 法人ID,
 * name, kana and 法人番号, status filter, paging), 法人登録, and 法人詳細 — status with 契約停止 / 契約再開, name,
 * verification numbers, アクセスキー issued and shown once, IP allow-list, pending invitations, deletion with the 法人ID
 * typed again, a pending sign-up's discarding — with the corporation's staff pages in an operator's scope below it
 * ({@code …/corporations/{法人ID}/scope/staff}). Who may come in is {@link ConsoleSignIn}'s (an operator: view-users;
 * writes need manage-users); every write is a POST with the {@link ConsoleCsrf} token; the rules and admin events are
 * {@link CorporationService}'s, the same as the admin REST's.
 */
public final class CorporationPages {

    static final String NEW = "new";
    private static final String[] NEW_FIELDS = {"corporateId", "name", "nameKana", "corporateNumber", "status"};

    private final KeycloakSession session;
    private final ConsoleResource console;

    CorporationPages(KeycloakSession session, ConsoleResource console) {
        this.session = session;
        this.console = console;
    }

    /** 法人一覧: {@code search}, {@code status} (active / suspended / pending), {@code first}. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("search") String search, @QueryParam("status") String status,
            @QueryParam("first") String first) {
        return console.operatorPage(null, visitor -> listPage(visitor, search, status, first)
                .render(ConsoleView.Template.CORPORATIONS));
    }

    /** 法人登録: the form. */
    @GET
    @Path(NEW)
    @Produces(MediaType.TEXT_HTML)
    public Response newCorporation() {
        return console.operatorPage(null, visitor -> visitor.operator().manage()
                ? newPage(visitor, new MultivaluedHashMap<>()).render(ConsoleView.Template.NEW_CORPORATION)
                : console.readOnly(visitor));
    }

    /** 法人登録: creates the corporation and shows its 法人詳細. */
    @POST
    @Path(NEW)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        return console.operatorPage(form, visitor -> {
            NewCorporation input = new NewCorporation(form.getFirst("corporateId"), form.getFirst("name"),
                    form.getFirst("nameKana"), form.getFirst("corporateNumber"), form.getFirst("status"));
            try {
                CorporationSummary made = service(visitor).create(input);
                return detailPage(visitor, made.corporateId()).success("houjinCorporationCreated", made.corporateId())
                        .render(ConsoleView.Template.CORPORATION);
            } catch (CorporationRefusal refusal) {
                return newPage(visitor, form).error(refusal.reason().messageKey()).fieldErrors(refusal.fieldErrors())
                        .render(ConsoleView.Template.NEW_CORPORATION, Response.Status.fromStatusCode(refusal.reason().status()));
            }
        });
    }

    /** 法人詳細; {@code confirm=delete} asks for the 法人ID once more before deleting. */
    @GET
    @Path("{corporateId}")
    @Produces(MediaType.TEXT_HTML)
    public Response detail(@PathParam("corporateId") String corporateId, @QueryParam("confirm") String confirm) {
        return console.operatorPage(null, visitor -> {
            try {
                return detailPage(visitor, corporateId)
                        .put("confirmDelete", "delete".equals(confirm) && visitor.operator().manage())
                        .render(ConsoleView.Template.CORPORATION);
            } catch (CorporationRefusal refusal) {
                return refusedPage(visitor, refusal);
            }
        });
    }

    /**
     * An action on one corporation: {@code action} = suspend, resume, update (name, nameKana), verification
     * (corporateNumber, bankAccountNumber), access-key, delete (confirmCorporateId), discard-signup.
     */
    @POST
    @Path("{corporateId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(@PathParam("corporateId") String corporateId, MultivaluedMap<String, String> form) {
        return console.operatorPage(form, visitor -> {
            CorporationService corporations = service(visitor);
            String action = form.getFirst("action");
            try {
                return switch (action == null ? "" : action) {
                    case "suspend" -> changed(visitor, corporations.setSuspended(corporateId, true), "houjinCorporationSuspended");
                    case "resume" -> changed(visitor, corporations.setSuspended(corporateId, false), "houjinCorporationResumed");
                    case "update" -> changed(visitor, corporations.update(corporateId,
                            new CorporationChange(form.getFirst("name"), form.getFirst("nameKana"))), "houjinCorporationUpdated");
                    case "verification" -> changed(visitor, corporations.setVerification(corporateId, new VerificationNumbers(
                            form.getFirst("corporateNumber"), form.getFirst("bankAccountNumber"))), "houjinCorporationVerificationSet");
                    case "access-key" -> {
                        IssuedAccessKey issued = corporations.issueAccessKey(corporateId);
                        yield detailPage(visitor, corporateId).put("accessKey", issued.accessKey())
                                .success("houjinCorporationAccessKeyIssued").render(ConsoleView.Template.CORPORATION);
                    }
                    case "delete" -> {
                        corporations.delete(corporateId, form.getFirst("confirmCorporateId"));
                        yield listPage(visitor, null, null, null).success("houjinCorporationDeleted", corporateId)
                                .render(ConsoleView.Template.CORPORATIONS);
                    }
                    case "discard-signup" -> {
                        corporations.discardSignup(corporateId);
                        yield listPage(visitor, null, null, null).success("houjinCorporationSignupDiscarded", corporateId)
                                .render(ConsoleView.Template.CORPORATIONS);
                    }
                    default -> throw CorporationRefusal.invalidValue("action");
                };
            } catch (CorporationRefusal refusal) {
                if (refusal.reason() == CorporationRefusal.Reason.CORPORATION_NOT_FOUND) {
                    return refusedPage(visitor, refusal);
                }
                return detailPage(visitor, corporateId).put("confirmDelete", "delete".equals(action))
                        .put("values", values(form)).error(refusal.reason().messageKey()).fieldErrors(refusal.fieldErrors())
                        .render(ConsoleView.Template.CORPORATION, Response.Status.fromStatusCode(refusal.reason().status()));
            }
        });
    }

    /** The corporation's staff pages (スタッフ一覧, 詳細, 追加) in an operator's scope. */
    @Path("{corporateId}/" + ConsoleResource.SCOPE)
    public ConsoleResource scope(@PathParam("corporateId") String corporateId) {
        return new ConsoleResource(session, corporateId);
    }

    private Response changed(ConsoleSignIn.Visitor visitor, CorporationSummary corporation, String message) {
        return detailPage(visitor, corporation.corporateId()).success(message).render(ConsoleView.Template.CORPORATION);
    }

    private ConsoleView listPage(ConsoleSignIn.Visitor visitor, String search, String status, String first) {
        Corporation.Status statusFilter;
        try {
            statusFilter = CorporationSummary.parseStatus("status", status);
        } catch (CorporationRefusal unknown) {
            statusFilter = null;
        }
        CorporationList list = service(visitor).list(search, statusFilter, ConsoleResource.number(first), CorporationService.DEFAULT_PAGE);
        Map<String, Object> filter = new HashMap<>();
        filter.put("search", search == null ? "" : search);
        filter.put("status", statusFilter == null ? "" : status);
        return console.view().admin(visitor).put("list", list).put("filter", filter)
                .put("previousUrl", list.hasPrevious() ? pageUrl(search, status, Math.max(0, list.first() - list.max())) : null)
                .put("nextUrl", list.hasNext() ? pageUrl(search, status, list.first() + list.max()) : null)
                .put("from", list.corporations().isEmpty() ? 0 : list.first() + 1)
                .put("to", list.first() + list.corporations().size());
    }

    private ConsoleView newPage(ConsoleSignIn.Visitor visitor, MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String field : NEW_FIELDS) {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value);
        }
        return console.view().admin(visitor).put("values", values)
                .put("actionUrl", url(NEW).toString());
    }

    /** 法人詳細's model: the corporation, its user count, IP allow-list and pending invitations, the URLs of its pages. */
    private ConsoleView detailPage(ConsoleSignIn.Visitor visitor, String corporateId) {
        CorporationService corporations = service(visitor);
        Corporation corporation = corporations.find(corporateId);
        CorporationSummary summary = corporations.detail(corporateId);
        String id = summary.corporateId();
        List<Map<String, Object>> invitations = session.getProvider(CorporateDirectory.class)
                .pendingInvitations(corporation).stream().map(this::invitation).toList();
        Map<String, String> values = new HashMap<>();
        values.put("name", summary.name());
        values.put("nameKana", summary.nameKana() == null ? "" : summary.nameKana());
        values.put("corporateNumber", "");
        values.put("confirmCorporateId", "");
        return console.view().admin(visitor).put("corporation", summary).put("values", values)
                .put("createdAt", PortalTime.formatMillis(summary.createdAt()))
                .put("userCount", corporations.userCount(id)).put("ipAllowList", corporations.ipAllowList(id))
                .put("invitations", invitations)
                .put("actionUrl", url(id).toString())
                .put("confirmUrl", UriBuilder.fromUri(url(id)).queryParam("confirm", "delete").build().toString())
                .put("staffUrl", url(id, ConsoleResource.SCOPE, ConsoleResource.STAFF).toString())
                .put("ipAllowListApi", "/admin/realms/" + session.getContext().getRealm().getName()
                        + "/houjin-corporations/" + id + "/ip-allow-list");
    }

    private Map<String, Object> invitation(Invitation invitation) {
        Map<String, Object> shown = new HashMap<>();
        shown.put("userId", invitation.getUser().getUserId());
        shown.put("sentTo", invitation.getSentTo() == null ? "" : invitation.getSentTo());
        shown.put("expiresAt", PortalTime.formatMillis(invitation.getExpiresAt()));
        shown.put("expired", invitation.getExpiresAt() <= System.currentTimeMillis());
        shown.put("userUrl", url(invitation.getUser().getCorporation().getCorporateId(), ConsoleResource.SCOPE,
                ConsoleResource.STAFF, invitation.getUser().getUserId()).toString());
        return shown;
    }

    /** What was typed into 法人詳細's forms, shown again with the refusal (never the bank account number). */
    private static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String field : new String[] {"name", "nameKana", "corporateNumber", "confirmCorporateId"}) {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value);
        }
        return values;
    }

    private Response refusedPage(ConsoleSignIn.Visitor visitor, CorporationRefusal refusal) {
        return console.view().admin(visitor).error(refusal.reason().messageKey())
                .render(ConsoleView.Template.REFUSED, Response.Status.fromStatusCode(refusal.reason().status()));
    }

    private CorporationService service(ConsoleSignIn.Visitor visitor) {
        return new CorporationService(session, visitor.adminAuth(console.signIn().client()));
    }

    private URI url(String... path) {
        String[] full = new String[path.length + 1];
        full[0] = ConsoleResource.CORPORATIONS;
        System.arraycopy(path, 0, full, 1, path.length);
        return ConsoleView.url(session, session.getContext().getRealm(), full);
    }

    private URI pageUrl(String search, String status, int first) {
        return ConsoleView.pageUrl(url(), search, status, first);
    }
}
