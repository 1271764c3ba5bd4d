package jp.houjin.keycloak.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.AccountLink;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * 法人連携 (seed 004) as an application-initiated action: a portal (or the account console) sends the signed-in
 * user to {@code kc_action=houjin-account-link}. An individual enters the corporate account's registered email
 * (連携先法人メールアドレス) and always sees the same 連携申請 page, whether or not the address belongs to a corporate
 * account; it lists and removes only links the corporate side confirmed. A corporate account sees its linked
 * individuals (連携者一覧) and, above them, the pending requests with 承認 / 拒否 (issue 17: the corporate side
 * consents). Each change by the corporate account ends on 情報変更完了; 戻る returns to the application.
 */
final class AccountLinkRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "houjin-link.ftl";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Only ever started by an application (kc_action) or an admin.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(page(context, "list", null, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst("action");
        UserModel user = context.getUser();
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        CorporateUser corporate = corporateEntry(context, user);
        if ("done".equals(action) || action == null) {
            context.success();
            return;
        }
        if (corporate == null && "link".equals(action)) {
            AccountLinks.Outcome outcome = new AccountLinks(context.getSession()).request(user,
                    form.getFirst("corporateEmail"), context.getEvent().clone());
            switch (outcome) {
                case INVALID_EMAIL -> context.challenge(page(context, "list", "houjinLinkEmailFormat", form.getFirst("corporateEmail")));
                case RATE_LIMITED -> context.challenge(page(context, "list", "houjinLinkTooMany", form.getFirst("corporateEmail")));
                // One page for every address: it neither names the corporation nor says whether it exists.
                case REQUESTED -> context.challenge(page(context, "requested", null, null));
            }
            return;
        }
        if (corporate == null && "unlink".equals(action)) {
            InputNormalizer.Result cid = InputNormalizer.corporateId(form.getFirst("corporateId"));
            InputNormalizer.Result uid = InputNormalizer.userId(form.getFirst("userId"));
            CorporateUser target = cid.ok() && uid.ok() ? directory.findUser(cid.value(), uid.value()).orElse(null) : null;
            // Only confirmed links are the individual's to see and remove (a pending one does not show its corporation).
            if (target != null && directory.findLink(user.getId(), target).map(AccountLink::isConfirmed).orElse(false)
                    && directory.unlink(user.getId(), target)) {
                context.getEvent().clone().detail(AccountLinks.DETAIL, "unlink").success();
                context.challenge(page(context, "done", null, null));
                return;
            }
        }
        if (corporate != null && "confirm".equals(action)) {
            String individual = form.getFirst("individualId");
            if (new AccountLinks(context.getSession()).confirm(corporate, individual)) {
                context.getEvent().clone().detail(AccountLinks.DETAIL, "confirm").detail("individual_id", individual)
                        .success();
                context.challenge(page(context, "done", null, null));
                return;
            }
        }
        if (corporate != null && "remove".equals(action)) {
            String individual = form.getFirst("individualId");
            if (new AccountLinks(context.getSession()).remove(corporate, individual)) {
                context.getEvent().clone().detail(AccountLinks.DETAIL, "unlink_individual")
                        .detail("individual_id", individual).success();
                context.challenge(page(context, "done", null, null));
                return;
            }
        }
        context.challenge(page(context, "list", null, null));
    }

    private static CorporateUser corporateEntry(RequiredActionContext context, UserModel user) {
        String corporateId = user.getFirstAttribute(DirectoryAttributes.CORPORATE_ID);
        String userId = user.getFirstAttribute(DirectoryAttributes.USER_ID);
        if (user.getFederationLink() == null || corporateId == null || userId == null) {
            return null;
        }
        return context.getSession().getProvider(CorporateDirectory.class).findUser(corporateId, userId).orElse(null);
    }

    /** When the corporate account consented (links from before consent existed: when they were made). */
    private static String linkedAt(AccountLink link) {
        return PortalTime.formatMillis(link.getConfirmedAt() == null ? link.getLinkedAt() : link.getConfirmedAt());
    }

    private static Response page(RequiredActionContext context, String step, String error, String typedEmail) {
        UserModel user = context.getUser();
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        CorporateUser corporate = corporateEntry(context, user);
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> requests = new ArrayList<>();
        if (corporate == null) {
            for (AccountLink link : directory.linksOfIndividual(user.getId())) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("corporateId", link.getCorporateUser().getCorporation().getCorporateId());
                row.put("corporationName", link.getCorporateUser().getCorporation().getName());
                row.put("userId", link.getCorporateUser().getUserId());
                row.put("linkedAt", linkedAt(link));
                rows.add(row);
            }
        } else {
            for (AccountLink link : directory.linksOf(corporate)) {
                UserModel individual = context.getSession().users().getUserById(context.getRealm(), link.getIndividualUserId());
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", link.getIndividualUserId());
                row.put("email", individual == null || individual.getEmail() == null ? "" : individual.getEmail());
                row.put("name", individual == null ? "" : AccountLinks.displayName(individual));
                row.put("linkedAt", link.isConfirmed() ? linkedAt(link) : PortalTime.formatMillis(link.getLinkedAt()));
                (link.isConfirmed() ? rows : requests).add(row);
            }
        }
        LoginFormsProvider form = context.form();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("step", step);
        model.put("corporate", corporate != null);
        model.put("rows", rows);
        model.put("requests", requests);
        model.put("corporateEmail", typedEmail == null ? "" : typedEmail);
        form.setAttribute("houjinLink", model);
        if (error != null) {
            form.addError(new FormMessage("corporateEmail", error));
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public void close() {
    }
}
