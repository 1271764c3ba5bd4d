package jp.houjin.keycloak.directory.password;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * The directory's own PBKDF2-SHA256: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). It hashes the
 * corporations' short verifiers (アクセスキー, 振込口座番号) at the configured iterations, and verifies the password
 * forms the directory stored before passwords followed the realm's policy ({@link DirectoryPasswords}): this PBKDF2
 * form and bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}) from the legacy system. Fewer iterations and bcrypt
 * report {@link Check#VALID_NEEDS_UPGRADE}.
 */
public final class PasswordHasher {

    public enum Check { INVALID, VALID, VALID_NEEDS_UPGRADE }

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    // 512 bits, as Keycloak's own pbkdf2-sha256 provider derives: a directory login costs what a local one does.
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final int BCRYPT_MAX_BYTES = 72;

    private final int iterations;
    private final String dummyHash;

    public PasswordHasher(int iterations) {
        if (iterations < 10_000) {
            throw new IllegalArgumentException("PBKDF2 iterations must be at least 10000, got " + iterations);
        }
        this.iterations = iterations;
        this.dummyHash = hash("dummy-password-for-timing");
    }

    public int iterations() {
        return iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(iterations, salt, derive(password, salt, iterations));
    }

    public Check verify(String password, String stored) {
        if (password == null) {
            return Check.INVALID;
        }
        if (stored == null || stored.isEmpty()) {
            // An account without a password (not yet invited, or its password removed) costs what a real one does.
            verifyDummy(password);
            return Check.INVALID;
        }
        if (stored.startsWith("$2a$") || stored.startsWith("$2b$") || stored.startsWith("$2y$")) {
            byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > BCRYPT_MAX_BYTES) {
                // bcrypt reads 72 bytes at most (the library refuses more); no legacy password was that long.
                verifyDummy(password);
                return Check.INVALID;
            }
            BCrypt.Result result = BCrypt.verifyer().verify(bytes, stored.getBytes(StandardCharsets.UTF_8));
            return result.verified ? Check.VALID_NEEDS_UPGRADE : Check.INVALID;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return Check.INVALID;
        }
        int storedIterations;
        byte[] salt;
        byte[] expected;
        try {
            storedIterations = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return Check.INVALID;
        }
        if (storedIterations < 1 || storedIterations > 10_000_000) {
            return Check.INVALID;
        }
        byte[] actual = derive(password, salt, storedIterations, expected.length * 8);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Check.INVALID;
        }
        return storedIterations < iterations ? Check.VALID_NEEDS_UPGRADE : Check.VALID;
    }

    /** Costs one PBKDF2 derivation at the current strength, the same as checking a real verifier. */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
    }

    public static String bcrypt(String password, int cost) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    static String encode(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        return derive(password, salt, iterations, KEY_BITS);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
