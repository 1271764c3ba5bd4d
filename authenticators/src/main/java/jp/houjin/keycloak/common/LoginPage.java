package jp.houjin.keycloak.common;

import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * The model of the corporate sign-in page ({@value #TEMPLATE}) and of the feature pages the same form serves
 * (first sign-in, recovery, admin verification, sign-up, access key): the values typed (never a password), the tab,
 * field errors and one page error, rendered as FreeMarker's {@code houjin} attribute.
 */
public final class LoginPage {

    public static final String TEMPLATE = "houjin-login.ftl";
    public static final String TAB_CORPORATE = "corporate";
    public static final String TAB_INDIVIDUAL = "individual";

    public final String tab;
    public String template = TEMPLATE;
    public final Map<String, Object> extra = new HashMap<>();
    public String corporateId;
    public String login;
    public String email;
    public boolean remember;
    public final Map<String, String> fieldErrors = new HashMap<>();
    /** Field errors with parameters, encoded by {@link ProfileFields}. */
    public final Map<String, String> encodedErrors = new java.util.LinkedHashMap<>();
    public String error;
    public Object[] errorParams = new Object[0];

    public LoginPage(String tab) {
        this.tab = tab;
    }

    public LoginPage error(String key, Object... params) {
        this.error = key;
        this.errorParams = params;
        return this;
    }

    public Response render(LoginFormsProvider form) {
        Map<String, Object> model = new HashMap<>();
        model.put("tab", tab);
        model.put("corporateId", corporateId == null ? "" : corporateId);
        model.put("login", login == null ? "" : login);
        model.put("email", email == null ? "" : email);
        model.put("remember", remember);
        model.putAll(extra);
        form.setAttribute("houjin", model);
        fieldErrors.forEach((field, key) -> form.addError(new FormMessage(field, key)));
        ProfileFields.addErrors(form, encodedErrors);
        if (error != null) {
            form.setError(error, errorParams);
        }
        return form.createForm(template);
    }
}
