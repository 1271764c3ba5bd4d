package jp.houjin.keycloak.link;

import jp.houjin.keycloak.common.DirectoryWork;
import jp.houjin.keycloak.common.RateSlots;
import jp.houjin.keycloak.common.RealmPaths;
import jp.houjin.keycloak.common.AnswerTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.common.PortalTime;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.model.AccountLink;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import jp.houjin.keycloak.invitation.Invitations;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The rules of 法人連携 (seed 004, issue 17), written once for the REST endpoints and the page:
 * <ul>
 * <li>an individual's request answers the same whether or not the address belongs to a corporate account, and
 * reveals nothing of it; when it belongs to exactly one active corporate account, a PENDING link is stored and that
 * account is mailed (who asks, and the way to 連携者一覧);</li>
 * <li>only the corporate account's consent confirms a link; the individual is mailed then. A rejection mails no one,
 * so it does not tell the individual that the address exists;</li>
 * <li>at most {@value #DEFAULT_PER_HOUR} requests per individual per hour (realm attribute
 * {@value #PER_HOUR_ATTRIBUTE}), counted for every address tried, known or not.</li>
 * </ul>
 * A request is stored before the answer (in its own committed transaction, inside the answer floor) and mailed on a
 * worker after it, so a known address answers as fast as an unknown one and an acknowledged request is never lost.
 */
public final class AccountLinks extends DirectoryWork {

    /** Event detail naming what a link event did (request, confirm, unlink, …). */
    public static final String DETAIL = "houjin_link";

    static final String PER_HOUR_ATTRIBUTE = "houjinLinkRequestsPerHour";
    static final int DEFAULT_PER_HOUR = 5;

    static final String REQUEST_SUBJECT = "houjinLinkRequestSubject";
    static final String REQUEST_TEMPLATE = "houjin-link-request.ftl";
    static final String CONFIRMED_SUBJECT = "houjinLinkConfirmedSubject";
    static final String CONFIRMED_TEMPLATE = "houjin-link-confirmed.ftl";

    private static final Logger LOG = Logger.getLogger(AccountLinks.class);
    private static final String SLOT = "houjin.link-request.";
    private static final long SLOT_SECONDS = 3600;
    private static final long AFTER_ANSWER_MILLIS = 1000;
    /**
     * Both answers to a request leave no sooner than this after it came in: what little work a known address still
     * costs in the answer's path (a few ms, measured) hides below it. Bounded by the hourly limit per individual.
     */
    private static final java.time.Duration ANSWER_FLOOR = java.time.Duration.ofMillis(250);

    public enum Outcome { INVALID_EMAIL, RATE_LIMITED, REQUESTED }


    public AccountLinks(KeycloakSession session) {
        super(session, session.getContext().getRealm());
    }

    /**
     * An individual asks to be linked to the corporate account with this email. The event gets the corporate ID
     * only for the admins' eyes; the caller learns nothing beyond {@link Outcome}.
     */
    public Outcome request(UserModel individual, String rawEmail, org.keycloak.events.EventBuilder event) {
        AnswerTime started = AnswerTime.start();
        InputNormalizer.Result email = InputNormalizer.email(rawEmail);
        if (!email.ok()) {
            return Outcome.INVALID_EMAIL;
        }
        if (!reserveSlot(individual)) {
            event.detail(DETAIL, "link_request").error("too_many_link_requests");
            return Outcome.RATE_LIMITED;
        }
        CorporateUser corporate = directory.findUserByUniqueEmail(email.value())
                .filter(CorporateUser::maySignIn).orElse(null);
        if (corporate == null) {
            event.detail(DETAIL, "link_request").error("corporate_account_not_found");
            started.pad(ANSWER_FLOOR);
            return Outcome.REQUESTED;
        }
        event.detail(DETAIL, "link_request")
                .detail("corporate_id", corporate.getCorporation().getCorporateId()).success();
        // The request is stored before the answer, so a 202 is never lost with the node that gave it (a worker after
        // the answer could die with it). It is stored in a transaction of its own, committed here, inside the answer
        // floor: the request's own transaction stays the same for known and unknown addresses (a write in it made
        // known addresses measurably slower). Only the mail waits until after the answer.
        String corporateUserId = corporate.getId();
        String individualId = individual.getId();
        String linkedBy = individual.getUsername();
        String recipient = store(individualId, corporateUserId, linkedBy);
        if (recipient != null) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("individualName", displayName(individual));
            attributes.put("individualEmail", individual.getEmail() == null ? "" : individual.getEmail());
            attributes.put("corporationName", corporate.getCorporation().getName());
            attributes.put("time", PortalTime.format(Instant.now()));
            attributes.put("link", RealmPaths.uri(session, realm, RealmPaths.LINKS, RealmPaths.LINKS_REVIEW).toString());
            afterAnswer((worker, workerRealm) -> recipient, REQUEST_SUBJECT, REQUEST_TEMPLATE, attributes);
        }
        started.pad(ANSWER_FLOOR);
        return Outcome.REQUESTED;
    }

    /**
     * Stores a pending request, committed before this returns; the Keycloak id of the corporate account to mail, or
     * null when nothing new was stored (asked before, gone meanwhile, or no address to mail).
     */
    private String store(String individualId, String corporateUserId, String linkedBy) {
        String realmId = realm.getId();
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), worker -> {
                RealmModel workerRealm = worker.realms().getRealm(realmId);
                worker.getContext().setRealm(workerRealm);
                CorporateDirectory workerDirectory = worker.getProvider(CorporateDirectory.class);
                CorporateUser target = workerDirectory.findUserById(corporateUserId).orElse(null);
                if (target == null || workerDirectory.findLink(individualId, target).isPresent()) {
                    // Gone meanwhile, or asked before: one mail per request, not per click.
                    return null;
                }
                workerDirectory.requestLink(individualId, target, linkedBy);
                UserModel to = Invitations.keycloakUser(worker, workerRealm, target);
                return to == null || to.getEmail() == null ? null : to.getId();
            });
        } catch (RuntimeException e) {
            // Two identical requests at once: the database's unique key keeps one; nothing else to do.
            LOG.warnf("Storing an account link request failed: %s", e.toString());
            return null;
        }
    }

    /** The corporate account consents to a pending request; the individual is mailed. False when none was pending. */
    public boolean confirm(CorporateUser corporate, String individualId) {
        if (individualId == null || individualId.length() > 64) {
            return false;
        }
        AccountLink link = directory.confirmLink(individualId, corporate).orElse(null);
        if (link == null) {
            return false;
        }
        UserModel individual = session.users().getUserById(realm, individualId);
        if (individual != null && individual.getEmail() != null) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("corporationName", corporate.getCorporation().getName());
            attributes.put("corporateId", corporate.getCorporation().getCorporateId());
            attributes.put("userId", corporate.getUserId());
            attributes.put("time", PortalTime.format(Instant.now()));
            afterAnswer((worker, workerRealm) -> individualId, CONFIRMED_SUBJECT, CONFIRMED_TEMPLATE, attributes);
        }
        return true;
    }

    /** Rejects a pending request or removes a confirmed link of this corporate account. */
    public boolean remove(CorporateUser corporate, String individualId) {
        return individualId != null && individualId.length() <= 64 && directory.unlink(individualId, corporate);
    }

    static String displayName(UserModel user) {
        return ((user.getLastName() == null ? "" : user.getLastName()) + " "
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
    }

    /**
     * One slot per request in Keycloak's cluster-wide single-use store, each held for an hour and taken atomically
     * ({@code putIfAbsent}), so parallel requests cannot pass the limit together and no node keeps a counter.
     */
    private boolean reserveSlot(UserModel individual) {
        int perHour = perHour(realm);
        String base = SLOT + realm.getId() + "." + individual.getId() + ".";
        for (int i = 1; i <= perHour; i++) {
            if (session.singleUseObjects().putIfAbsent(base + i, SLOT_SECONDS)) {
                return true;
            }
        }
        return false;
    }

    static int perHour(RealmModel realm) {
        return RateSlots.setting(realm, PER_HOUR_ATTRIBUTE, DEFAULT_PER_HOUR);
    }

    /**
     * Runs once the request's transaction committed (a rolled-back request has no effect), on a worker: first
     * {@code work} in a transaction of its own, which names the user to mail (or null), then the mail in another, so
     * a mail only ever follows stored work. None of it is part of the answer's time, which must not tell known
     * addresses from unknown ones.
     */
    private void afterAnswer(java.util.function.BiFunction<KeycloakSession, RealmModel, String> work, String subject,
            String template, Map<String, Object> attributes) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        // Started a moment later, not at once: run at once, the work competed with the answer still being written and
        // made known addresses measurably slower on a busy server (70 ms against 37 ms, median of 20).
        java.util.concurrent.Executor executor = java.util.concurrent.CompletableFuture.delayedExecutor(AFTER_ANSWER_MILLIS,
                java.util.concurrent.TimeUnit.MILLISECONDS, session.getProvider(ExecutorsProvider.class)
                        .getExecutor("houjin-link-mail"));
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                executor.execute(() -> {
                    try {
                        String recipient = KeycloakModelUtils.runJobInTransactionWithResult(factory, worker -> {
                            RealmModel workerRealm = worker.realms().getRealm(realmId);
                            if (workerRealm == null) {
                                return null;
                            }
                            worker.getContext().setRealm(workerRealm);
                            return work.apply(worker, workerRealm);
                        });
                        if (recipient == null) {
                            return;
                        }
                        KeycloakModelUtils.runJobInTransaction(factory, worker -> {
                            RealmModel workerRealm = worker.realms().getRealm(realmId);
                            worker.getContext().setRealm(workerRealm);
                            UserModel to = workerRealm == null ? null : worker.users().getUserById(workerRealm, recipient);
                            if (to != null && to.getEmail() != null) {
                                send(worker, workerRealm, to, subject, template, attributes);
                            }
                        });
                    } catch (RuntimeException e) {
                        // Two identical requests at once: the database's unique key keeps one; nothing else to do.
                        LOG.warnf("Account link work after the answer failed: %s", e.toString());
                    }
                });
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    private static void send(KeycloakSession worker, RealmModel realm, UserModel to, String subject, String template,
            Map<String, Object> attributes) {
        try {
            worker.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(to)
                    .send(subject, List.of(), template, attributes);
        } catch (EmailException e) {
            LOG.warnf("Account link mail %s not sent to user %s: %s", template, to.getId(), e.toString());
        }
    }
}
