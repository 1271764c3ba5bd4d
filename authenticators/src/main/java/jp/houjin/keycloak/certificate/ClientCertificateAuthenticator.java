package jp.houjin.keycloak.certificate;

import jp.houjin.keycloak.common.LogText;
import jp.houjin.keycloak.common.SignInRefusal;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.x509.CertificateValidator;
import org.keycloak.authentication.authenticators.x509.X509AuthenticatorConfigModel;
import org.keycloak.authentication.authenticators.x509.X509ClientCertificateAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.UserModel;

/**
 * The first step of the certificate sign-in (seed 003): Keycloak's own X.509 client-certificate authenticator —
 * its configuration (user mapping, CRL file, OCSP, key usage, validity, trust) and its validation code — with a page
 * of its own for each way a certificate fails: none presented, expired or not yet valid, not issued by a trusted CA,
 * revoked, or not usable for sign-in. A certificate that passes is remembered for the アクセスキー step; whether it
 * maps to an account is not shown here, so the next step answers every mismatch with one message.
 */
public final class ClientCertificateAuthenticator extends X509ClientCertificateAuthenticator {

    /** The Keycloak user the certificate maps to (empty: none), for the アクセスキー step. */
    public static final String NOTE_USER = "houjin.certificate.user";
    public static final String NOTE_SUBJECT = "houjin.certificate.subject";
    static final String TEMPLATE = "houjin-certificate-error.ftl";

    private static final Logger LOG = Logger.getLogger(ClientCertificateAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        X509Certificate[] certs;
        try {
            certs = getCertificateChain(context);
        } catch (RuntimeException e) {
            LOG.warnf("Client certificate could not be read: %s", LogText.safe(e));
            certs = null;
        }
        if (certs == null || certs.length == 0) {
            refuse(context, SignInRefusal.CERTIFICATE_MISSING, null);
            return;
        }
        // A subject is the certificate holder's own text: control characters could forge log lines or event details.
        String subject = LogText.safe(certs[0].getSubjectX500Principal().getName());
        context.getEvent().detail("certificate_subject", subject)
                .detail("certificate_serial", certs[0].getSerialNumber().toString(16));
        if (context.getAuthenticatorConfig() == null || context.getAuthenticatorConfig().getConfig() == null) {
            refuse(context, SignInRefusal.CERTIFICATE_NOT_CONFIGURED, subject);
            return;
        }
        X509AuthenticatorConfigModel config = new X509AuthenticatorConfigModel(context.getAuthenticatorConfig());
        SignInRefusal problem = validate(context, config, certs);
        if (problem != null) {
            refuse(context, problem, subject);
            return;
        }
        saveX509CertificateAuditDataToAuthSession(context, certs[0]);
        UserModel user = null;
        try {
            Object identity = getUserIdentityExtractor(config).extractUserIdentity(certs);
            if (identity != null) {
                context.getEvent().detail(Details.USERNAME, identity.toString());
                user = getUserIdentityToModelMapper(config).find(context, identity);
            }
        } catch (ModelDuplicateException e) {
            LOG.warnf("Client certificate %s maps to more than one account", LogText.safe(subject));
        } catch (Exception e) {
            LOG.warnf("No account found for client certificate %s: %s", LogText.safe(subject), LogText.safe(e));
        }
        context.getAuthenticationSession().setAuthNote(NOTE_USER, user == null ? "" : user.getId());
        context.getAuthenticationSession().setAuthNote(NOTE_SUBJECT, subject);
        context.success();
    }

    /** Keycloak's checks, one at a time, so each failure has its own page. */
    private SignInRefusal validate(AuthenticationFlowContext context, X509AuthenticatorConfigModel config, X509Certificate[] certs) {
        CertificateValidator validator;
        try {
            validator = certificateValidationParameters(context.getSession(), config).build(certs);
        } catch (Exception e) {
            LOG.warnf("Certificate validation is not configured correctly: %s", e.toString());
            return SignInRefusal.CERTIFICATE_NOT_CONFIGURED;
        }
        try {
            validator.validateTimestamps();
        } catch (GeneralSecurityException e) {
            return SignInRefusal.CERTIFICATE_EXPIRED;
        }
        try {
            validator.validateTrust();
        } catch (GeneralSecurityException e) {
            return SignInRefusal.CERTIFICATE_UNTRUSTED;
        }
        try {
            validator.checkRevocationStatus();
        } catch (GeneralSecurityException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            LOG.infof("Client certificate refused by the revocation check: %s", LogText.safe(e.getMessage()));
            return message.contains("revoked") ? SignInRefusal.CERTIFICATE_REVOKED : SignInRefusal.CERTIFICATE_REVOCATION_UNKNOWN;
        }
        try {
            validator.validateKeyUsage().validateExtendedKeyUsage().validatePolicy();
        } catch (GeneralSecurityException e) {
            return SignInRefusal.CERTIFICATE_NOT_USABLE;
        }
        return null;
    }

    private static void refuse(AuthenticationFlowContext context, SignInRefusal problem, String subject) {
        context.getEvent().error(problem.event());
        Response page = context.form().setAttribute("houjinCertificate", subject == null ? "" : subject)
                .setError(problem.message()).createForm(TEMPLATE);
        context.forceChallenge(page);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // 「再試行」 after installing or choosing another certificate: look again.
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
