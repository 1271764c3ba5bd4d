package jp.houjin.keycloak.common;

import java.util.List;

import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;

/** The factory of a stateless step of a registration form, without settings ({@link FlowStepFactory}). */
public abstract class SimpleFormActionFactory extends FlowStepFactory<FormAction> implements FormActionFactory {

    protected SimpleFormActionFactory(String id, String displayType, String helpText, FormAction singleton) {
        super(id, displayType, helpText, singleton, null, List.of(), false);
    }
}
