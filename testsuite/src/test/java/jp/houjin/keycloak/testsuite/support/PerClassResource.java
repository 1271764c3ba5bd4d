package jp.houjin.keycloak.testsuite.support;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A resource a test class holds once (a browser, a mailbox): opened when a test first asks for it by type, shared by
 * the class's tests and its nested classes, closed when the class is done.
 */
public abstract class PerClassResource<T> implements ParameterResolver {

    private final Class<? super T> type;
    private final ExtensionContext.Namespace namespace = ExtensionContext.Namespace.create(getClass());

    private record Held<T>(T resource, Consumer<T> closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.accept(resource);
        }
    }

    /** @param type what a test's parameter asks for */
    protected PerClassResource(Class<? super T> type) {
        this.type = type;
    }

    /** Opens the resource for the (outermost) test class of {@code classContext}. */
    protected abstract T open(ExtensionContext classContext);

    protected abstract void close(T resource);

    @Override
    public final boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public final Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return resource(extension);
    }

    /** The class's resource, opened now if no test asked before. */
    @SuppressWarnings("unchecked")
    protected final T resource(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        return ((Held<T>) owner.getStore(namespace).getOrComputeIfAbsent(Held.class,
                k -> new Held<>(open(owner), this::close), Held.class)).resource();
    }

    /** The class's resource if a test opened it, else null. */
    @SuppressWarnings("unchecked")
    protected final T existing(ExtensionContext context) {
        Held<T> held = classContext(context).getStore(namespace).get(Held.class, Held.class);
        return held == null ? null : held.resource();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getParent().isPresent() && c.getParent().get().getTestClass().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }
}
