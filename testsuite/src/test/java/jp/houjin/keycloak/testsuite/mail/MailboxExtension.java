package jp.houjin.keycloak.testsuite.mail;

import jp.houjin.keycloak.testsuite.server.KeycloakServerExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one {@link TestMailbox}: GreenMail starts and becomes the realm's mail server when a test (or
 * {@code @BeforeAll}) first asks for it, and stops when the class is done.
 */
public final class MailboxExtension implements ParameterResolver {

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
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        ExtensionContext classContext = extension.getTestClass().isPresent() && extension.getTestMethod().isPresent()
                ? extension.getParent().orElse(extension) : extension;
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Opened.class,
                k -> new Opened(new TestMailbox(KeycloakServerExtension.adminApi(extension), REALM)), Opened.class).mailbox();
    }
}
