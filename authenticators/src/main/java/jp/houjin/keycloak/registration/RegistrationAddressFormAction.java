package jp.houjin.keycloak.registration;

import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.common.StatelessFormAction;
import org.keycloak.authentication.ValidationContext;

/**
 * First step of the 新規登録（個人） form ({@value RegistrationAddressFormActionFactory#ID}) (realm-config's {@code houjin registration form}, before Keycloak's user
 * creation): for the rest of the request, email lookups leave the corporate directory out. An individual account
 * may use the address of a corporate account (the corporate sign-up page says so), and Keycloak's sign-up answers
 * for such an address exactly as for a new one — never 「既に存在するメールアドレスです」, which told anyone which
 * addresses have corporate accounts. Addresses of other individual accounts keep Keycloak's own answer.
 */
final class RegistrationAddressFormAction implements StatelessFormAction {

    @Override
    public void validate(ValidationContext context) {
        context.getSession().setAttribute(DirectoryAccounts.INDIVIDUAL_SIGN_UP, Boolean.TRUE);
        context.success();
    }
}
