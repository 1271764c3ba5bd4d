package jp.houjin.keycloak.registration;

import java.util.List;

import jp.houjin.keycloak.common.NoLifecycleProviderFactory;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * First step of the 新規登録（個人） form (realm-config's {@code houjin registration form}, before Keycloak's user
 * creation): for the rest of the request, email lookups leave the corporate directory out. An individual account
 * may use the address of a corporate account (the corporate sign-up page says so), and Keycloak's sign-up answers
 * for such an address exactly as for a new one — never 「既に存在するメールアドレスです」, which told anyone which
 * addresses have corporate accounts. Addresses of other individual accounts keep Keycloak's own answer.
 */
public final class RegistrationAddressFormAction implements FormAction, FormActionFactory,
        NoLifecycleProviderFactory<FormAction> {

    public static final String ID = "houjin-registration-address";

    @Override
    public FormAction create(KeycloakSession session) {
        return this;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
    }

    @Override
    public void validate(ValidationContext context) {
        context.getSession().setAttribute(DirectoryAccounts.INDIVIDUAL_SIGN_UP, Boolean.TRUE);
        context.success();
    }

    @Override
    public void success(FormContext context) {
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public String getDisplayType() {
        return "Directory addresses free for individuals (新規登録)";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public String getHelpText() {
        return "Before user creation: an address of a corporate directory user is treated as a new address, so sign-up "
                + "does not reveal which addresses have corporate accounts.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public void close() {
    }
}
