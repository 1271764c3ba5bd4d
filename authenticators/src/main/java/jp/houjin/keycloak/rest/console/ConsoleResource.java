package jp.houjin.keycloak.rest.console;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
import jp.houjin.keycloak.common.ClientAddress;
import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.staff.StaffScope;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.ipaccess.IpAllowListChange;
import jp.houjin.keycloak.staff.IpAllowListService;
import jp.houjin.keycloak.staff.IssuedPassword;
import jp.houjin.keycloak.staff.NewStaff;
import jp.houjin.keycloak.staff.StaffGroups;
import jp.houjin.keycloak.staff.StaffList;
import jp.houjin.keycloak.staff.StaffMember;
import jp.houjin.keycloak.staff.StaffRefusal;
import jp.houjin.keycloak.staff.StaffService;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;

/**
 * 法人管理 ({@code /realms/{realm}/houjin/console/…}): server-rendered pages where a corporate admin manages the
 * people of their corporation — スタッフ一覧 (search, status filter, paging), スタッフ詳細 (ログイン停止 / ログイン可,
 * パスワードリセット, role, group, delete after a confirmation), スタッフ追加 (and invitation), グループ一覧 and グループ詳細
 * ({@link ConsoleGroupPages}; グループ詳細 of their own group is open to every user of the corporation), the
 * corporation's IP allow-list (IPアドレス制限, seed 002), and a link to 連携者一覧. Who
 * may come in is {@link ConsoleSignIn}'s; every write is a POST form carrying the session's {@link ConsoleCsrf}
 * token; the rules and admin events are {@link StaffService}'s, the same as the corporate API's.
 */
public final class ConsoleResource {

    public static final String PATH = "console";
    static final String STAFF = "staff";
    static final String NEW_STAFF = "new-staff";
    static final String GROUPS = "groups";
    /** 法人一覧 and below it each corporation's 法人詳細 ({@link CorporationPages}), for operators. */
    static final String CORPORATIONS = "corporations";
    /** Below a corporation's 法人詳細: these same staff pages, in an operator's scope of that corporation. */
    static final String SCOPE = "scope";
    static final String IP_ALLOW_LIST = "ip-allow-list";

    private static final String[] NEW_STAFF_FIELDS = {"userId", "lastName", "firstName", "kanaLastName",
            "kanaFirstName", "email", "groupId"};

    private final KeycloakSession session;
    private final ConsoleSignIn signIn;
    /** The corporation an operator opened these staff pages for; null: the corporate admin's own corporation. */
    private final String corporateId;

    public ConsoleResource(KeycloakSession session) {
        this(session, null);
    }

    /** The staff pages of one corporation, for an operator ({@link CorporationPages#scope}). */
    ConsoleResource(KeycloakSession session, String corporateId) {
        this.session = session;
        this.signIn = new ConsoleSignIn(session);
        this.corporateId = corporateId;
    }

    /**
     * The console's home: スタッフ一覧 for an admin, グループ詳細 of their own group for any other user of the
     * corporation, 法人一覧 for an operator.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        return readAsMember(visitor -> Response.seeOther(visitor.member()
                ? view().url(GROUPS, visitor.entry().getGroup().getId()) : view().url(STAFF)).build());
    }

    /** 法人一覧, 法人登録 and 法人詳細: the operators' pages. */
    @Path(CORPORATIONS)
    public CorporationPages corporations() {
        return new CorporationPages(session, this);
    }

    /** グループ一覧 and グループ詳細 (the latter also for users of the group). */
    @Path(GROUPS)
    public ConsoleGroupPages groups() {
        return new ConsoleGroupPages(this);
    }

    /**
     * スタッフ一覧: {@code search} (name, kana, user ID, email), {@code status} (active / login_suspended), {@code group}
     * (a group and its sub-groups), {@code first}.
     */
    @GET
    @Path(STAFF)
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("search") String search, @QueryParam("status") String status,
            @QueryParam("group") String group, @QueryParam("first") String first) {
        return read(visitor -> {
            try {
                return listPage(visitor, search, status, group, first).render(ConsoleView.Template.LIST);
            } catch (StaffRefusal refusal) {
                return refusedPage(visitor, refusal);
            }
        });
    }

    /** スタッフ詳細; {@code confirm=delete} asks whether to delete. */
    @GET
    @Path(STAFF + "/{userId}")
    @Produces(MediaType.TEXT_HTML)
    public Response detail(@PathParam("userId") String userId, @QueryParam("confirm") String confirm) {
        return read(visitor -> {
            StaffService staff = service(visitor);
            try {
                return detailPage(visitor, staff, staff.detail(userId)).put("confirmDelete", "delete".equals(confirm))
                        .render(ConsoleView.Template.DETAIL);
            } catch (StaffRefusal refusal) {
                return refusedPage(visitor, refusal);
            }
        });
    }

    /**
     * An action on one user: {@code action} = suspend, resume, reset-password, role (with {@code role}), group (with
     * {@code groupId}), resend-invitation, revoke-invitation, delete.
     */
    @POST
    @Path(STAFF + "/{userId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(@PathParam("userId") String userId, MultivaluedMap<String, String> form) {
        return write(form, visitor -> {
            StaffService staff = service(visitor);
            String action = form.getFirst("action");
            try {
                return switch (action == null ? "" : action) {
                    case "suspend" -> detailPage(visitor, staff, staff.setLoginSuspended(userId, true))
                            .success("houjinConsoleSuspended").render(ConsoleView.Template.DETAIL);
                    case "resume" -> detailPage(visitor, staff, staff.setLoginSuspended(userId, false))
                            .success("houjinConsoleResumed").render(ConsoleView.Template.DETAIL);
                    case "reset-password" -> issuedPage(visitor, staff, staff.resetPassword(userId),
                            "houjinConsolePasswordReset", "houjinConsoleIssuedResetNote");
                    case "role" -> detailPage(visitor, staff, staff.changeRole(userId, role(form.getFirst("role"))))
                            .success("houjinConsoleRoleChanged").render(ConsoleView.Template.DETAIL);
                    case "group" -> detailPage(visitor, staff, staff.changeGroup(userId, form.getFirst("groupId")))
                            .success("houjinConsoleGroupChanged").render(ConsoleView.Template.DETAIL);
                    case "resend-invitation" -> resentPage(visitor, staff, staff.resendInvitation(userId));
                    case "revoke-invitation" -> detailPage(visitor, staff, staff.revokeInvitation(userId))
                            .success("houjinConsoleInvitationRevoked").render(ConsoleView.Template.DETAIL);
                    case "delete" -> {
                        staff.delete(userId);
                        yield listPage(visitor, null, null, null, null).success("houjinConsoleDeleted", userId)
                                .render(ConsoleView.Template.LIST);
                    }
                    default -> throw StaffRefusal.invalidValue("action");
                };
            } catch (StaffRefusal refusal) {
                return refusal.reason() == StaffRefusal.Reason.USER_NOT_FOUND ? refusedPage(visitor, refusal)
                        : detailPage(visitor, staff, staff.detail(userId)).error(refusal.reason().messageKey())
                                .render(ConsoleView.Template.DETAIL, Response.Status.fromStatusCode(refusal.reason().status()));
            }
        });
    }

    /** スタッフ追加: the form. */
    @GET
    @Path(NEW_STAFF)
    @Produces(MediaType.TEXT_HTML)
    public Response newStaff() {
        return read(visitor -> visitor.operator() != null && !visitor.operator().manage() ? readOnly(visitor)
                : newStaffPage(visitor, new MultivaluedHashMap<>()).render(ConsoleView.Template.NEW));
    }

    /** スタッフ追加: adds and invites; the 仮パスワード is shown on the page that follows, once. */
    @POST
    @Path(NEW_STAFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response add(MultivaluedMap<String, String> form) {
        return write(form, visitor -> {
            NewStaff input = new NewStaff(form.getFirst("userId"), form.getFirst("lastName"), form.getFirst("firstName"),
                    form.getFirst("kanaLastName"), form.getFirst("kanaFirstName"), form.getFirst("email"),
                    form.getFirst("groupId"));
            StaffService staff = service(visitor);
            try {
                IssuedPassword issued = staff.add(input);
                return issued.mailSent()
                        ? issuedPage(visitor, staff, issued, "houjinConsoleAddedMailed", "houjinConsoleIssuedMailNote")
                        : issuedPage(visitor, staff, issued, "houjinConsoleAdded", "houjinConsoleIssuedInviteNote");
            } catch (StaffRefusal refusal) {
                return newStaffPage(visitor, form).error(refusal.reason().messageKey()).fieldErrors(refusal.fieldErrors())
                        .render(ConsoleView.Template.NEW, Response.Status.fromStatusCode(refusal.reason().status()));
            }
        });
    }

    /** IPアドレス制限: the corporation's list, the admin's current address, the box to edit the list. */
    @GET
    @Path(IP_ALLOW_LIST)
    @Produces(MediaType.TEXT_HTML)
    public Response ipAllowList() {
        return read(visitor -> {
            IpAllowListService list = ipAllowListService(visitor);
            try {
                return ipAllowListPage(visitor, list, String.join("\n", list.entries())).render(ConsoleView.Template.IP_ALLOW_LIST);
            } catch (StaffRefusal refusal) {
                return refusedPage(visitor, refusal);
            }
        });
    }

    /**
     * IPアドレス制限: replaces the list with the box's lines, all or nothing. Bad lines are named one by one; a list
     * that would refuse the admin's current address comes back with a box to tick that names the address
     * ({@code confirmShutOut}), and is stored only when it is ticked.
     */
    @POST
    @Path(IP_ALLOW_LIST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response replaceIpAllowList(MultivaluedMap<String, String> form) {
        return write(form, visitor -> {
            IpAllowListService list = ipAllowListService(visitor);
            String text = form.getFirst("entries") == null ? "" : form.getFirst("entries");
            IpAllowListChange change = IpAllowListChange.ofLines(text);
            List<String> own = java.util.Collections.singletonList(ClientAddress.trusted(session).orElse(null));
            try {
                if (!change.ok()) {
                    list.corporation();
                    return ipAllowListPage(visitor, list, text).put("problems", change.problems())
                            .error(change.tooMany() ? "houjinConsoleIpTooMany" : "houjinConsoleRefused_invalid_entries",
                                    IpAllowListChange.MAX_ENTRIES)
                            .render(ConsoleView.Template.IP_ALLOW_LIST, Response.Status.BAD_REQUEST);
                }
                Optional<String> shutOut = list.shutsOut(change, own);
                List<String> stored = list.replace(change, own, "true".equals(form.getFirst("confirmShutOut")));
                ConsoleView page = ipAllowListPage(visitor, list, String.join("\n", stored));
                return (shutOut.isPresent() ? page.success("houjinConsoleIpSavedShutOut", shutOut.get())
                        : page.success("houjinConsoleIpSaved")).render(ConsoleView.Template.IP_ALLOW_LIST);
            } catch (StaffRefusal refusal) {
                if (refusal.reason() != StaffRefusal.Reason.WOULD_SHUT_YOU_OUT) {
                    return refusedPage(visitor, refusal);
                }
                return ipAllowListPage(visitor, list, text).put("confirmAddress", refusal.subject())
                        .error(refusal.reason().messageKey(), refusal.subject())
                        .render(ConsoleView.Template.IP_ALLOW_LIST, Response.Status.CONFLICT);
            }
        });
    }

    private IpAllowListService ipAllowListService(ConsoleSignIn.Visitor visitor) {
        return new IpAllowListService(session, visitor.scope(), visitor.adminAuth(signIn.client()));
    }

    /** The page: the stored list (with each range's family), the admin's current address, the box holding {@code text}. */
    private ConsoleView ipAllowListPage(ConsoleSignIn.Visitor visitor, IpAllowListService list, String text) {
        List<Map<String, String>> ranges = list.entries().stream()
                .map(range -> Map.of("range", range, "family", range.contains(":") ? "IPv6" : "IPv4")).toList();
        return view().admin(visitor).put("ranges", ranges).put("text", text)
                .put("currentAddress", ClientAddress.trusted(session).orElse(""))
                .put("actionUrl", view().url(IP_ALLOW_LIST).toString());
    }

    private ConsoleView listPage(ConsoleSignIn.Visitor visitor, String search, String status, String group,
            String first) {
        CorporateUser.Status statusFilter;
        try {
            statusFilter = StaffMember.parseStatus("status", status);
        } catch (StaffRefusal unknown) {
            statusFilter = null;
        }
        StaffList list = service(visitor).list(new StaffFilter(search, statusFilter, null), group, number(first),
                StaffService.DEFAULT_PAGE);
        Map<String, Object> filter = new HashMap<>();
        filter.put("search", search == null ? "" : search);
        filter.put("status", statusFilter == null ? "" : status);
        filter.put("group", group == null ? "" : group);
        return view().admin(visitor).put("list", list).put("filter", filter).put("groups", groups(visitor).choices())
                .put("previousUrl", list.hasPrevious() ? pageUrl(search, status, group, Math.max(0, list.first() - list.max())) : null)
                .put("nextUrl", list.hasNext() ? pageUrl(search, status, group, list.first() + list.max()) : null)
                .put("from", list.users().isEmpty() ? 0 : list.first() + 1).put("to", list.first() + list.users().size());
    }

    private ConsoleView detailPage(ConsoleSignIn.Visitor visitor, StaffService staff, StaffMember user) {
        Map<String, Object> invitation = staff.invitation(user.userId()).map(pending -> {
            Map<String, Object> shown = new HashMap<>();
            shown.put("sentTo", pending.sentTo() == null ? "" : pending.sentTo());
            shown.put("expiresAt", PortalTime.formatMillis(pending.expiresAt()));
            shown.put("expired", pending.expired());
            return shown;
        }).orElse(null);
        return view().admin(visitor).put("user", user).put("invitation", invitation).put("groups", groups(visitor).choices())
                .put("groupUrl", view().url(GROUPS, user.groupId()).toString())
                .put("createdAt", PortalTime.formatMillis(user.createdAt()))
                .put("actionUrl", view().url(STAFF, user.userId()).toString())
                .put("confirmUrl", UriBuilder.fromUri(view().url(STAFF, user.userId())).queryParam("confirm", "delete")
                        .build().toString());
    }

    /** The 仮パスワード just issued, on the user's page, once: it is kept nowhere else. */
    private Response issuedPage(ConsoleSignIn.Visitor visitor, StaffService staff, IssuedPassword issued, String message,
            String note) {
        Map<String, Object> password = new HashMap<>();
        password.put("value", issued.temporaryPassword());
        password.put("expiresAt", PortalTime.formatMillis(issued.expiresAt()));
        password.put("note", note);
        return detailPage(visitor, staff, issued.user()).put("issued", password).success(message, issued.user().userId())
                .render(ConsoleView.Template.DETAIL);
    }

    /** 認証メール再送: the 仮パスワード shown once when a new one was needed, otherwise only that the link is new. */
    private Response resentPage(ConsoleSignIn.Visitor visitor, StaffService staff, IssuedPassword issued) {
        if (issued.temporaryPassword() != null) {
            return issuedPage(visitor, staff, issued, "houjinConsoleInvitationResent",
                    issued.mailSent() ? "houjinConsoleIssuedMailNote" : "houjinConsoleIssuedInviteNote");
        }
        return detailPage(visitor, staff, issued.user()).success("houjinConsoleInvitationResentKept")
                .render(ConsoleView.Template.DETAIL);
    }

    private ConsoleView newStaffPage(ConsoleSignIn.Visitor visitor, MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String field : NEW_STAFF_FIELDS) {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value);
        }
        return view().admin(visitor).put("values", values).put("groups", groups(visitor).choices())
                .put("actionUrl", view().url(NEW_STAFF).toString());
    }

    Response refusedPage(ConsoleSignIn.Visitor visitor, StaffRefusal refusal) {
        return (visitor.member() ? view().member(visitor) : view().admin(visitor)).error(refusal.reason().messageKey())
                .render(ConsoleView.Template.REFUSED, Response.Status.fromStatusCode(refusal.reason().status()));
    }

    private static CorporateUser.Role role(String value) {
        CorporateUser.Role role = StaffMember.parseRole("role", value);
        if (role == null) {
            throw StaffRefusal.invalidValue("role");
        }
        return role;
    }

    /**
     * A page (GET): signs in first when nobody is signed in, refuses anyone but a corporate or group admin or an
     * operator.
     */
    Response read(Function<ConsoleSignIn.Visitor, Response> page) {
        return visit(null, false, visitor -> scoped(visitor, false, page));
    }

    /** A page (GET) that also admits the corporation's other users ({@link ConsoleSignIn.Visitor#member()}). */
    Response readAsMember(Function<ConsoleSignIn.Visitor, Response> page) {
        return visit(null, true, visitor -> visitor.member() ? page.apply(visitor) : scoped(visitor, false, page));
    }

    /** A write (POST): as {@link #read}, and the form must carry the session's CSRF token. */
    Response write(MultivaluedMap<String, String> form, Function<ConsoleSignIn.Visitor, Response> action) {
        return visit(form, false, visitor -> scoped(visitor, true, action));
    }

    /**
     * An operators' page: a GET ({@code form} null) or a POST (CSRF checked); anyone but an operator is refused, and a
     * POST needs manage-users.
     */
    Response operatorPage(MultivaluedMap<String, String> form, Function<ConsoleSignIn.Visitor, Response> page) {
        return visit(form, false, visitor -> {
            if (visitor.operator() == null) {
                return view().error(ConsoleSignIn.NOT_OPERATOR).render(ConsoleView.Template.REFUSED,
                        Response.Status.FORBIDDEN);
            }
            return form != null && !visitor.operator().manage() ? readOnly(visitor) : page.apply(visitor);
        });
    }

    /**
     * Whoever is signed in, past the checks every page shares: a visitor without a session is sent to sign in (and
     * back), a GET drops what the authorization response added to its URL, the chosen language is kept, a refused
     * visitor (not an admin — unless {@code members} admits the corporation's users —, outside the allow-list) gets
     * the refusal, and a POST must carry the CSRF token.
     */
    private Response visit(MultivaluedMap<String, String> form, boolean members,
            Function<ConsoleSignIn.Visitor, Response> next) {
        ConsoleSignIn.Visitor visitor = signIn.visitor();
        if (visitor == null) {
            return signInOrUnavailable(form == null ? signIn.cleanRequestUri() : view().url(STAFF));
        }
        if (form == null && signIn.hasResponseParameters()) {
            return Response.seeOther(signIn.cleanRequestUri()).build();
        }
        if (form == null) {
            signIn.rememberLocale(visitor);
        }
        Response refused = members && visitor.member() ? null : refusal(visitor);
        if (refused != null) {
            return refused;
        }
        if (form != null && !ConsoleCsrf.matches(visitor.auth().session(), form.getFirst(ConsoleCsrf.FIELD))) {
            return view().error("houjinConsoleCsrf").render(ConsoleView.Template.REFUSED, Response.Status.FORBIDDEN);
        }
        return next.apply(visitor);
    }

    /**
     * The visitor in this resource's scope: a corporate or group admin in their own corporation; an operator in the
     * corporation they opened (not found when there is none; a write needs manage-users). An operator on the
     * corporate admins' own pages is sent to 法人一覧, anyone else on an operator's page is refused.
     */
    private Response scoped(ConsoleSignIn.Visitor visitor, boolean write, Function<ConsoleSignIn.Visitor, Response> page) {
        if (corporateId == null) {
            return visitor.operator() != null ? Response.seeOther(ConsoleView.url(session, session.getContext().getRealm(),
                    CORPORATIONS)).build() : page.apply(visitor);
        }
        if (visitor.operator() == null) {
            return view().error(ConsoleSignIn.NOT_OPERATOR).render(ConsoleView.Template.REFUSED, Response.Status.FORBIDDEN);
        }
        InputNormalizer.Result id = InputNormalizer.corporateId(corporateId);
        Corporation corporation = id.ok()
                ? session.getProvider(CorporateDirectory.class).findCorporation(id.value()).orElse(null) : null;
        if (corporation == null) {
            return view().admin(visitor).error("houjinCorporationRefused_corporation_not_found")
                    .render(ConsoleView.Template.REFUSED, Response.Status.NOT_FOUND);
        }
        if (write && !visitor.operator().manage()) {
            return readOnly(visitor);
        }
        return page.apply(visitor.in(StaffScope.operator(corporation, visitor.auth().user().getUsername())));
    }

    /** An operator with view-users only tried to write: nothing changed. */
    Response readOnly(ConsoleSignIn.Visitor visitor) {
        return view().admin(visitor).error(ConsoleSignIn.READ_ONLY).render(ConsoleView.Template.REFUSED,
                Response.Status.FORBIDDEN);
    }

    private Response signInOrUnavailable(URI returnTo) {
        Response redirect = signIn.signIn(returnTo);
        return redirect != null ? redirect
                : view().error("houjinConsoleUnavailable").render(ConsoleView.Template.REFUSED, Response.Status.SERVICE_UNAVAILABLE);
    }

    private Response refusal(ConsoleSignIn.Visitor visitor) {
        if (ConsoleSignIn.IP_DENIED.equals(visitor.refusal())) {
            return view().render(ConsoleView.Template.IP_DENIED, Response.Status.FORBIDDEN);
        }
        if (visitor.member()) {
            return view().member(visitor).error(visitor.refusal())
                    .render(ConsoleView.Template.REFUSED, Response.Status.FORBIDDEN);
        }
        if (visitor.refusal() != null) {
            return view().error(visitor.refusal()).render(ConsoleView.Template.REFUSED, Response.Status.FORBIDDEN);
        }
        return null;
    }

    StaffService service(ConsoleSignIn.Visitor visitor) {
        ClientModel client = signIn.client();
        return new StaffService(session, visitor.scope(), visitor.adminAuth(client));
    }

    StaffGroups groups(ConsoleSignIn.Visitor visitor) {
        return new StaffGroups(session, visitor.scope(), visitor.adminAuth(signIn.client()));
    }

    KeycloakSession session() {
        return session;
    }

    ConsoleView view() {
        return corporateId == null ? new ConsoleView(session, signIn.client())
                : new ConsoleView(session, signIn.client(), new String[] {CORPORATIONS, corporateId, SCOPE});
    }

    ConsoleSignIn signIn() {
        return signIn;
    }

    /** The list's URL for another page; values go in as template values, so braces in a search stay text. */
    private URI pageUrl(String search, String status, String group, int first) {
        return UriBuilder.fromUri(view().url(STAFF)).queryParam("search", "{search}").queryParam("status", "{status}")
                .queryParam("group", "{group}").queryParam("first", first)
                .build(search == null ? "" : search, status == null ? "" : status, group == null ? "" : group);
    }

    /** A paging offset from the query; 0 when missing or not a number. */
    static int number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
