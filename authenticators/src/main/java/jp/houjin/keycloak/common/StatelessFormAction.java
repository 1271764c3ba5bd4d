package jp.houjin.keycloak.common;

import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A registration-form step that needs no user, sets nothing up and holds no resources: only its checks differ. */
public interface StatelessFormAction extends FormAction {

    @Override
    default void buildPage(FormContext context, LoginFormsProvider form) {
    }

    @Override
    default void success(FormContext context) {
    }

    @Override
    default boolean requiresUser() {
        return false;
    }

    @Override
    default boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    default void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    default void close() {
    }
}
