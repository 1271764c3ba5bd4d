package jp.houjin.keycloak.certificate;

import java.util.List;

import jp.houjin.keycloak.common.SimpleAuthenticatorFactory;
import org.keycloak.models.credential.PasswordCredentialModel;

/** アクセスキー + パスワード after the client certificate (seed 003); see {@link AccessKeyForm}. */
public final class AccessKeyFormFactory extends SimpleAuthenticatorFactory {

    public static final String ID = "houjin-access-key-form";

    public AccessKeyFormFactory() {
        super(ID, "Access key + password (アクセスキー)",
                "After the client certificate: the corporation's 8-digit access key and the password of the account the "
                        + "certificate maps to; one message for every mismatch; initial passwords expire and must be changed.",
                new AccessKeyForm(), PasswordCredentialModel.TYPE, List.of(), false);
    }
}
