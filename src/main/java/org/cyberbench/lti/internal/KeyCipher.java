package org.cyberbench.lti.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.cyberbench.lti.LtiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts the tool's private keys at rest with AES-256-GCM (random IV per key, the kid as associated
 * data). The AES key is derived (PBKDF2) from {@code cyberbench.lti.key-secret}; without one, a random
 * secret is generated once into {@code <data-dir>/lti/key-secret} (owner-only permissions). A database
 * dump alone therefore does not reveal the keys. Several nodes must share the configured secret.
 */
@Component
class KeyCipher {

    private static final Logger log = LoggerFactory.getLogger(KeyCipher.class);
    private static final byte[] SALT = "cyberbench-lti-tool-keys".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;

    private final LtiProperties properties;
    private volatile SecretKeySpec key;

    KeyCipher(LtiProperties properties) {
        this.properties = properties;
    }

    byte[] encrypt(byte[] plain, String kid) {
        try {
            byte[] iv = new byte[IV_BYTES];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the tool key", e);
        }
    }

    /** The plain key, or an exception when the secret is not the one the key was encrypted with. */
    byte[] decrypt(byte[] stored, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, stored, 0, IV_BYTES));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    char[] secret = secret().toCharArray();
                    byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(new PBEKeySpec(secret, SALT, 210_000, 256)).getEncoded();
                    key = new SecretKeySpec(derived, "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private String secret() {
        String configured = properties.lti().keySecret();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = properties.dataDir().resolve("lti").resolve("key-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("No POSIX permissions on {}", file);
            }
            log.info("Generated the secret that encrypts the LTI tool keys in {} (set cyberbench.lti.key-secret to share one between nodes)", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the LTI key secret " + file, e);
        }
    }
}
