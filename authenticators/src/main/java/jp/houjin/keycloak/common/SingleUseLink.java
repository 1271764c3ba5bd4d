package jp.houjin.keycloak.common;

import org.keycloak.TokenVerifier;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.authentication.actiontoken.ExplainedTokenVerificationException;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.common.VerificationException;
import org.keycloak.events.EventType;

/**
 * The handler of a link in one of our mails: it works once ({@code EXECUTE_ACTION_TOKEN} events, Keycloak's store of
 * used tokens), a used link is told apart from an invalid one where the feature has a message for it, and the
 * feature adds its own checks of the token ({@link #check}).
 */
public abstract class SingleUseLink<T extends DefaultActionToken> extends AbstractActionTokenHandler<T> {

    private final String usedEvent;
    private final String usedMessage;

    /**
     * @param invalidEvent and {@code invalidMessage}: the event error and page message of a link that does not work
     * @param usedEvent and {@code usedMessage}: those of a link used before, or null where the feature's own check
     *        tells (an invitation knows whether it was redeemed)
     */
    protected SingleUseLink(String id, Class<T> tokenClass, String invalidEvent, String invalidMessage,
            String usedEvent, String usedMessage) {
        super(id, tokenClass, invalidMessage, EventType.EXECUTE_ACTION_TOKEN, invalidEvent);
        this.usedEvent = usedEvent;
        this.usedMessage = usedMessage;
    }

    /** The feature's checks of the token; throws {@link ExplainedTokenVerificationException} for a refused link. */
    protected abstract void check(T token, ActionTokenContext<T> tokenContext) throws VerificationException;

    @Override
    @SuppressWarnings("unchecked")
    public final TokenVerifier.Predicate<? super T>[] getVerifiers(ActionTokenContext<T> tokenContext) {
        return TokenUtils.predicates(token -> {
            if (usedEvent != null && tokenContext.getSession().revokedTokens().contains(token.serializeKey())) {
                throw new ExplainedTokenVerificationException(token, usedEvent, usedMessage);
            }
            check(token, tokenContext);
            return true;
        });
    }

    @Override
    public final boolean canUseTokenRepeatedly(T token, ActionTokenContext<T> tokenContext) {
        return false;
    }
}
