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
 * (連携先法人メールアドレス) or removes a link; a corporate account sees its linked individuals (連携者一覧) and
 * removes one. Each change ends on 情報変更完了; 戻る returns to the application.
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
            InputNormalizer.Result email = InputNormalizer.email(form.getFirst("corporateEmail"));
            if (!email.ok()) {
                context.challenge(page(context, "list", "houjinLinkEmailFormat", form.getFirst("corporateEmail")));
                return;
            }
            CorporateUser target = directory.findUserByUniqueEmail(email.value())
                    .filter(u -> u.getCorporation().isActive() && !u.isLoginSuspended()).orElse(null);
            if (target == null) {
                context.getEvent().clone().detail(AccountLinksResource.DETAIL, "link").error("corporate_account_not_found");
                context.challenge(page(context, "list", "houjinLinkNotFound", email.value()));
                return;
            }
            directory.link(user.getId(), target, user.getUsername());
            context.getEvent().clone().detail(AccountLinksResource.DETAIL, "link")
                    .detail("corporate_id", target.getCorporation().getCorporateId()).success();
            context.challenge(page(context, "done", null, null));
            return;
        }
        if (corporate == null && "unlink".equals(action)) {
            InputNormalizer.Result cid = InputNormalizer.corporateId(form.getFirst("corporateId"));
            InputNormalizer.Result uid = InputNormalizer.userId(form.getFirst("userId"));
            CorporateUser target = cid.ok() && uid.ok() ? directory.findUser(cid.value(), uid.value()).orElse(null) : null;
            if (target != null && directory.unlink(user.getId(), target)) {
                context.getEvent().clone().detail(AccountLinksResource.DETAIL, "unlink").success();
                context.challenge(page(context, "done", null, null));
                return;
            }
        }
        if (corporate != null && "remove".equals(action)) {
            String individual = form.getFirst("individualId");
            if (individual != null && individual.length() <= 64 && directory.unlink(individual, corporate)) {
                context.getEvent().clone().detail(AccountLinksResource.DETAIL, "unlink_individual").success();
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

    private static String linkedAt(AccountLink link) {
        return PortalTime.formatMillis(link.getLinkedAt());
    }

    private static Response page(RequiredActionContext context, String step, String error, String typedEmail) {
        UserModel user = context.getUser();
        CorporateDirectory directory = context.getSession().getProvider(CorporateDirectory.class);
        CorporateUser corporate = corporateEntry(context, user);
        List<Map<String, String>> rows = new ArrayList<>();
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
                row.put("name", individual == null ? "" : ((individual.getLastName() == null ? "" : individual.getLastName())
                        + " " + (individual.getFirstName() == null ? "" : individual.getFirstName())).strip());
                row.put("linkedAt", linkedAt(link));
                rows.add(row);
            }
        }
        LoginFormsProvider form = context.form();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("step", step);
        model.put("corporate", corporate != null);
        model.put("rows", rows);
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
