package jp.houjin.keycloak.testsuite.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The test PKI of the certificate sign-in (seed 003), generated for each test run before the server starts: a client
 * CA whose certificates Keycloak's https listener requests and the sign-in trusts, a second CA the listener accepts
 * but the sign-in does not, the server's own
 * certificate, client certificates (valid, revoked, expired, from the other CA, for an unknown account) as PKCS#12
 * files, and the CA's CRL in Keycloak's {@code conf/} folder where the authenticator's CRL path points.
 */
public final class TestPki {

    public static final String PASSWORD = "changeit";
    public static final String CRL_FILE = "houjin-client-ca.crl";
    /** The account the valid certificates map to (Subject CN = Keycloak username). */
    public static final String ADMIN_USERNAME = "00000001:cert_user";

    /** Client certificates the tests present: name → subject CN. */
    public enum Client { VALID, REVOKED, EXPIRED, OTHER_CA, UNKNOWN_ACCOUNT }

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    public static TestPki at(Path dir) {
        return new TestPki(dir);
    }

    public Path serverKeyStore() {
        return dir.resolve("server.p12");
    }

    public Path trustStore() {
        return dir.resolve("client-ca-truststore.p12");
    }

    public Path caPem() {
        return dir.resolve("client-ca.pem");
    }

    public Path clientKeyStore(Client client) {
        return dir.resolve("client-" + client.name().toLowerCase(java.util.Locale.ROOT) + ".p12");
    }

    /** The certificate in {@code client}'s key store. */
    public X509Certificate certificate(Client client) {
        try (InputStream in = Files.newInputStream(clientKeyStore(client))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            return (X509Certificate) keys.getCertificate("client");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's https options for this PKI: the listener requests client certificates from this CA. */
    public java.util.List<String> serverArguments(int httpsPort) {
        return java.util.List.of("--https-port=" + httpsPort,
                "--https-key-store-file=" + serverKeyStore(), "--https-key-store-password=" + PASSWORD,
                "--https-trust-store-file=" + trustStore(), "--https-trust-store-password=" + PASSWORD,
                "--https-trust-store-type=PKCS12", "--https-client-auth=request",
                "--truststore-paths=" + caPem(),
                // Certificates from the listener, or from the trusted proxy's RFC 9440 header (CertificateProxy).
                "--spi-x509cert-lookup--provider=houjin");
    }

    /**
     * Generates everything unless it exists (a restart keeps the same PKI) and copies the CRL to {@code confDir}
     * (Keycloak's {@code conf/}, where the authenticator's relative CRL path points).
     */
    public TestPki createIfMissing(Path confDir) {
        try {
            if (!Files.isRegularFile(serverKeyStore()) || !Files.isRegularFile(dir.resolve(CRL_FILE))) {
                create();
            }
            Files.createDirectories(confDir);
            Files.copy(dir.resolve(CRL_FILE), confDir.resolve(CRL_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void create() {
        try {
            Files.createDirectories(dir);
            Instant now = Instant.now();
            KeyPair caKeys = keys();
            X500Name caName = new X500Name("CN=Houjin Test Client CA,O=Houjin Keycloak Tests");
            X509Certificate ca = sign(caName, caKeys, caName, caKeys.getPublic(), now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(3650)), Purpose.CA);
            KeyPair otherKeys = keys();
            X500Name otherName = new X500Name("CN=Some Other CA,O=Elsewhere");
            X509Certificate other = sign(otherName, otherKeys, otherName, otherKeys.getPublic(),
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), Purpose.CA);

            KeyPair serverKeys = keys();
            X509Certificate server = sign(caName, caKeys, new X500Name("CN=localhost"), serverKeys.getPublic(),
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), Purpose.SERVER);
            writeKeyStore(serverKeyStore(), "server", serverKeys, server, ca);

            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("client-ca", ca);
            // The listener also accepts a second CA (as a shared TLS front accepts several issuers); the sign-in's own
            // trust check (Keycloak's truststore, --truststore-paths) accepts only the client CA.
            trust.setCertificateEntry("other-ca", other);
            try (OutputStream out = Files.newOutputStream(trustStore())) {
                trust.store(out, PASSWORD.toCharArray());
            }
            try (Writer w = Files.newBufferedWriter(caPem()); JcaPEMWriter pem = new JcaPEMWriter(w)) {
                pem.writeObject(ca);
            }

            Map<Client, X509Certificate> issued = new LinkedHashMap<>();
            for (Client client : Client.values()) {
                KeyPair keys = keys();
                boolean otherCa = client == Client.OTHER_CA;
                String cn = client == Client.UNKNOWN_ACCOUNT ? "99999999:nobody" : ADMIN_USERNAME;
                Instant from = client == Client.EXPIRED ? now.minus(Duration.ofDays(400)) : now.minus(Duration.ofDays(1));
                Instant to = client == Client.EXPIRED ? now.minus(Duration.ofDays(35)) : now.plus(Duration.ofDays(365));
                X509Certificate cert = sign(otherCa ? otherName : caName, otherCa ? otherKeys : caKeys,
                        new X500Name("CN=" + cn + ",O=Houjin Keycloak Tests"), keys.getPublic(), from, to, Purpose.CLIENT);
                writeKeyStore(clientKeyStore(client), "client", keys, cert, otherCa ? other : ca);
                issued.put(client, cert);
            }

            X509v2CRLBuilder crl = new X509v2CRLBuilder(caName, Date.from(now.minus(Duration.ofMinutes(5))));
            crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(365))));
            crl.addCRLEntry(issued.get(Client.REVOKED).getSerialNumber(), Date.from(now.minus(Duration.ofMinutes(5))),
                    CRLReason.keyCompromise);
            X509CRLHolder signed = crl.build(signer(caKeys));
            Files.write(dir.resolve(CRL_FILE), signed.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not create the test PKI", e);
        }
    }

    private enum Purpose { CA, SERVER, CLIENT }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(KeyPair issuer) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate());
    }

    private static X509Certificate sign(X500Name issuer, KeyPair issuerKeys, X500Name subject, java.security.PublicKey key,
            Instant from, Instant to, Purpose purpose) throws GeneralSecurityException, OperatorCreationException, IOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                Date.from(from), Date.from(to), subject, key);
        switch (purpose) {
            case CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case SERVER -> {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, InetAddress.getByName("127.0.0.1").getHostAddress()),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.2"),
                        new GeneralName(GeneralName.iPAddress, "::1") }));
            }
            case CLIENT -> {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            }
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKeys)));
    }

    private static void writeKeyStore(Path file, String alias, KeyPair keys, X509Certificate cert, X509Certificate issuer)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] { cert, issuer });
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }
}
