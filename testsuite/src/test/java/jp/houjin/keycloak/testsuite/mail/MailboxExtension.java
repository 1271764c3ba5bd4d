package jp.houjin.keycloak.testsuite.mail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import jp.houjin.keycloak.testsuite.server.KeycloakServerExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one {@link TestMailbox}: GreenMail starts and becomes the realm's mail server when a test asks
 * for it (a parameter) or the class declares a static {@code TestMailbox} field (set before its tests), and stops
 * when the class is done.
 */
public final class MailboxExtension implements ParameterResolver, BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MailboxExtension.class);
    private static final String REALM = "/realms/partner-portal";

    private record Opened(TestMailbox mailbox) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            mailbox.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == TestMailbox.class;
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws IllegalAccessException {
        for (Field field : extension.getRequiredTestClass().getDeclaredFields()) {
            if (field.getType() == TestMailbox.class && Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(null, mailbox(extension));
            }
        }
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return mailbox(extension);
    }

    private static TestMailbox mailbox(ExtensionContext extension) {
        ExtensionContext classContext = extension.getTestClass().isPresent() && extension.getTestMethod().isPresent()
                ? extension.getParent().orElse(extension) : extension;
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Opened.class,
                k -> new Opened(new TestMailbox(KeycloakServerExtension.adminApi(extension), REALM)), Opened.class).mailbox();
    }
}
