package jp.houjin.keycloak.registration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.storage.DirectoryAttributes;
import jp.houjin.keycloak.common.StatelessFormAction;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * 新規登録（個人） (seed 004): email, names and kana are required on the sign-up form. The user profile already checks
 * that kana are full-width katakana when given; this step makes the email (本登録 is confirmed there, and Keycloak's
 * email verification ignores an account without one), both names and both kana required for sign-up only, so
 * existing accounts (directory users may have no email) are not forced through a profile update. The page
 * ({@code register.ftl}) marks these fields ※ from the list this step hands it. It also refuses usernames of the
 * corporate form ({@code <corporate ID>:<user ID>}): those accounts come from the directory, never from sign-up.
 */
final class RegistrationKanaFormAction implements StatelessFormAction {

    private static final java.util.regex.Pattern CORPORATE_USERNAME = java.util.regex.Pattern.compile("^[0-9０-９]{8}[:：]");

    private static final String[][] REQUIRED = {
        {UserModel.EMAIL, "houjinRegistrationEmailRequired"},
        {UserModel.LAST_NAME, "houjinRegistrationLastNameRequired"},
        {UserModel.FIRST_NAME, "houjinRegistrationFirstNameRequired"},
        {DirectoryAttributes.KANA_LAST_NAME, "houjinKanaRequired"},
        {DirectoryAttributes.KANA_FIRST_NAME, "houjinKanaRequired"},
    };

    /** The fields this step requires, for the page to mark ※ (the user profile renders the fields). */
    static final String REQUIRED_ATTRIBUTE = "houjinSignUpRequired";

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
        form.setAttribute(REQUIRED_ATTRIBUTE, Arrays.stream(REQUIRED).map(field -> field[0]).toList());
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        List<FormMessage> errors = new ArrayList<>();
        for (String[] field : REQUIRED) {
            String value = form.getFirst(field[0]);
            if (value == null || value.isBlank()) {
                errors.add(new FormMessage(field[0], field[1]));
            }
        }
        // Usernames of the form <corporate ID>:<user ID> belong to the corporate directory: never by self sign-up.
        String username = form.getFirst(UserModel.USERNAME);
        if (username != null && CORPORATE_USERNAME.matcher(username.strip()).find()) {
            errors.add(new FormMessage(UserModel.USERNAME, "houjinRegistrationCorporateUsername"));
        }
        if (errors.isEmpty()) {
            context.success();
            return;
        }
        context.error(Errors.INVALID_REGISTRATION);
        context.validationError(form, errors);
    }

    @Override
    public void success(FormContext context) {
        // Nothing beyond what the user profile stored.
    }
}
