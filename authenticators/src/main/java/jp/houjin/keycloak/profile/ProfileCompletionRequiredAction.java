package jp.houjin.keycloak.profile;

import jp.houjin.keycloak.common.ProfileFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.password.PasswordRuleHints;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ModelException;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * ユーザー登録 (seed 000, 2-4): グループ名, 氏名 姓/名, 氏名（カナ） セイ/メイ and 新しいパスワード, then a confirmation
 * screen (確認する), then everything is written in one transaction. The typed values wait in the authentication
 * session (server side) between the two screens; the password waits there only sealed ({@link SealedPassword}), and
 * is never sent back to the browser.
 */
final class ProfileCompletionRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "houjin-profile.ftl";
    private static final String NOTE = "houjin.profile.";
    private static final List<String> FIELDS = List.of("groupName", "lastName", "firstName", "kanaLastName", "kanaFirstName");

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added by an admin or by invitation redemption; nothing triggers it on its own.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        UserModel user = context.getUser();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("groupName", user.getFirstAttribute(DirectoryAttributes.GROUP_NAME));
        values.put("lastName", user.getLastName());
        values.put("firstName", user.getFirstName());
        values.put("kanaLastName", user.getFirstAttribute(DirectoryAttributes.KANA_LAST_NAME));
        values.put("kanaFirstName", user.getFirstAttribute(DirectoryAttributes.KANA_FIRST_NAME));
        context.challenge(page(context, "input", values, Map.of()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String step = form.getFirst("step");
        if ("back".equals(step)) {
            context.challenge(page(context, "input", fromNotes(auth), Map.of()));
            return;
        }
        if ("save".equals(step)) {
            save(context, auth, form.getFirst("sealKey"));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        // グループ名 is shown, not typed: the inviter chose the group, and only an admin moves a user (法人管理).
        values.put("groupName", context.getUser().getFirstAttribute(DirectoryAttributes.GROUP_NAME));
        ProfileFields.name(values, errors, "lastName", form.getFirst("lastName"));
        ProfileFields.name(values, errors, "firstName", form.getFirst("firstName"));
        ProfileFields.kana(values, errors, "kanaLastName", form.getFirst("kanaLastName"));
        ProfileFields.kana(values, errors, "kanaFirstName", form.getFirst("kanaFirstName"));
        String password = form.getFirst("password");
        ProfileFields.password(errors, password, typed -> context.getSession()
                .getProvider(PasswordPolicyManagerProvider.class).validate(context.getRealm(), context.getUser(), typed));
        if (!errors.isEmpty()) {
            context.getEvent().detail("fields", String.join(",", errors.keySet()));
            context.challenge(page(context, "input", values, errors));
            return;
        }
        values.forEach((k, v) -> auth.setAuthNote(NOTE + k, v == null ? "" : v));
        SealedPassword.Sealed sealed = SealedPassword.seal(password);
        auth.setAuthNote(NOTE + "password", sealed.sealed());
        Response confirm = page(context, "confirm", values, Map.of(), sealed.key());
        context.challenge(confirm);
    }

    private void save(RequiredActionContext context, AuthenticationSessionModel auth, String sealKey) {
        String password = SealedPassword.open(auth.getAuthNote(NOTE + "password"), sealKey);
        Map<String, String> values = fromNotes(auth);
        if (password == null) {
            context.challenge(page(context, "input", values, Map.of()));
            return;
        }
        UserModel user = context.getUser();
        try {
            user.setLastName(values.get("lastName"));
            user.setFirstName(values.get("firstName"));
            user.setSingleAttribute(DirectoryAttributes.KANA_LAST_NAME, values.get("kanaLastName"));
            user.setSingleAttribute(DirectoryAttributes.KANA_FIRST_NAME, values.get("kanaFirstName"));
            user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        } catch (ModelException e) {
            context.challenge(page(context, "input", values, Map.of("password", ProfileFields.encode(e.getMessage(), e.getParameters()))));
            return;
        }
        for (String field : FIELDS) {
            auth.removeAuthNote(NOTE + field);
        }
        auth.removeAuthNote(NOTE + "password");
        context.success();
    }

    private static Map<String, String> fromNotes(AuthenticationSessionModel auth) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, auth.getAuthNote(NOTE + field));
        }
        return values;
    }

    private static Response page(RequiredActionContext context, String step, Map<String, String> values,
            Map<String, String> errors) {
        return page(context, step, values, errors, null);
    }

    private static Response page(RequiredActionContext context, String step, Map<String, String> values,
            Map<String, String> errors, String sealKey) {
        LoginFormsProvider form = context.form();
        form.setAttribute("houjinSealKey", sealKey == null ? "" : sealKey);
        Map<String, String> shown = new LinkedHashMap<>();
        FIELDS.forEach(f -> shown.put(f, values.get(f) == null ? "" : values.get(f)));
        form.setAttribute("houjinProfile", shown);
        form.setAttribute("houjinStep", step);
        form.setAttribute("houjinRules", PasswordRuleHints.of(context.getRealm()));
        String userId = context.getUser().getFirstAttribute(DirectoryAttributes.USER_ID);
        form.setAttribute("houjinUserId", userId == null ? "" : userId);
        ProfileFields.addErrors(form, errors);
        return form.createForm(TEMPLATE);
    }

    @Override
    public void close() {
    }
}
