package jp.houjin.keycloak.testsuite.mail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import jp.houjin.keycloak.testsuite.server.KeycloakServerExtension;
import jp.houjin.keycloak.testsuite.support.PerClassResource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class one {@link TestMailbox}: GreenMail starts and becomes the realm's mail server when a test asks
 * for it (a parameter) or the class declares a static {@code TestMailbox} field (set before its tests), and stops
 * when the class is done.
 */
public final class MailboxExtension extends PerClassResource<TestMailbox> implements BeforeAllCallback {

    private static final String REALM = "/realms/partner-portal";

    public MailboxExtension() {
        super(TestMailbox.class);
    }

    @Override
    protected TestMailbox open(ExtensionContext classContext) {
        return new TestMailbox(KeycloakServerExtension.adminApi(classContext), REALM);
    }

    @Override
    protected void close(TestMailbox mailbox) {
        mailbox.close();
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws IllegalAccessException {
        for (Field field : extension.getRequiredTestClass().getDeclaredFields()) {
            if (field.getType() == TestMailbox.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(null, resource(extension));
            }
        }
    }
}
