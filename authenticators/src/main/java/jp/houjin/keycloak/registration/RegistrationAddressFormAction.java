package jp.houjin.keycloak.registration;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.common.StatelessFormAction;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.models.UserModel;

/**
 * First step of the 新規登録（個人） form ({@value RegistrationAddressFormActionFactory#ID}) (realm-config's {@code houjin registration form}, before Keycloak's user
 * creation). The address is what an individual signs in with (個人の方: メールアドレス + パスワード), so the page asks
 * for no ユーザー名: the account's username is its email address, set here for Keycloak's user creation that reads
 * it from the form (the realm's "email as username" is not used: it would rename corporate accounts too). For the rest
 * of the request, email lookups leave the corporate directory out. An individual account may use the address of a
 * corporate account (the corporate sign-up page says so), and Keycloak's sign-up answers for such an address exactly
 * as for a new one — never 「既に存在するメールアドレスです」, which told anyone which addresses have corporate accounts.
 * Addresses of other individual accounts keep Keycloak's own answer.
 */
final class RegistrationAddressFormAction implements StatelessFormAction {

    @Override
    public void validate(ValidationContext context) {
        context.getSession().setAttribute(DirectoryAccounts.INDIVIDUAL_SIGN_UP, Boolean.TRUE);
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String email = form.getFirst(UserModel.EMAIL);
        if (email == null || email.isBlank()) {
            form.remove(UserModel.USERNAME);
        } else {
            form.putSingle(UserModel.USERNAME, email.strip());
        }
        context.success();
    }
}
