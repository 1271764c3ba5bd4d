package jp.houjin.keycloak.profile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The new password between ユーザー登録's two screens, split in two halves that are useless alone: the
 * authentication session (server side, replicated in a cluster) keeps only the AES-GCM ciphertext, and the browser
 * keeps only the random one-time key, in a hidden field of the confirmation screen. 「登録する」 brings the key back.
 */
final class SealedPassword {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** {@code sealed}: for the session note; {@code key}: for the browser. */
    record Sealed(String sealed, String key) {
    }

    private SealedPassword() {
    }

    static Sealed seal(String password) {
        byte[] key = new byte[32];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(key);
        RANDOM.nextBytes(iv);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, key, iv, password.getBytes(StandardCharsets.UTF_8));
        return new Sealed(B64.encodeToString(iv) + "." + B64.encodeToString(ciphertext), B64.encodeToString(key));
    }

    /** The password, or null when the key is missing, not the one sealed with, or either half was altered. */
    static String open(String sealed, String key) {
        if (sealed == null || key == null) {
            return null;
        }
        try {
            int dot = sealed.indexOf('.');
            byte[] iv = B64D.decode(sealed.substring(0, dot));
            byte[] plain = crypt(Cipher.DECRYPT_MODE, B64D.decode(key), iv, B64D.decode(sealed.substring(dot + 1)));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | IllegalStateException e) {
            return null;
        }
    }

    private static byte[] crypt(int mode, byte[] key, byte[] iv, byte[] input) {
        if (key.length != 32 || iv.length != 12) {
            throw new IllegalArgumentException("bad key or iv length");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong key or altered ciphertext fails the GCM tag: the caller treats it as "no password".
            throw new IllegalStateException(e);
        }
    }
}
