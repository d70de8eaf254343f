package org.cyberbench.lti.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tool's RSA signing keys (deep-linking responses, client assertions). The newest active key signs;
 * every key not retired is published at /lti/jwks, so that a platform that cached the previous key still
 * verifies during a rotation. A key is created on first use.
 */
@Component
public class ToolKeys {

    private static final Logger log = LoggerFactory.getLogger(ToolKeys.class);
    private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final ToolKeyRepository keys;
    private final KeyCipher cipher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, RSAKey> decrypted = new ConcurrentHashMap<>();

    ToolKeys(ToolKeyRepository keys, KeyCipher cipher, TransactionTemplate transactions, Clock clock) {
        this.keys = keys;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The key that signs, with its private part. */
    public RSAKey signingKey() {
        for (ToolKeyEntity key : keys.findByRetiredAtIsNullOrderByCreatedAtDescIdDesc()) {
            if (key.isActive()) {
                RSAKey usable = privateKey(key);
                if (usable != null) {
                    return usable;
                }
            }
        }
        return create();
    }

    /** The public keys to publish (no private parts), the signing key first. */
    public JWKSet publicKeys() {
        List<ToolKeyEntity> published = keys.findByRetiredAtIsNullOrderByCreatedAtDescIdDesc();
        if (published.stream().noneMatch(ToolKeyEntity::isActive)) {
            signingKey();
            published = keys.findByRetiredAtIsNullOrderByCreatedAtDescIdDesc();
        }
        List<JWK> list = new ArrayList<>();
        for (ToolKeyEntity key : published) {
            try {
                list.add(JWK.parse(key.getPublicJwk()).toPublicJWK());
            } catch (ParseException e) {
                log.warn("Tool key {} has an unreadable public JWK; not published", key.getKid());
            }
        }
        return new JWKSet(list);
    }

    /**
     * Starts a rotation: a new key signs from now on; the previous keys stay published until
     * {@link #retireInactive()}, which should wait longer than the platforms cache our keys.
     */
    public String rotate() {
        transactions.executeWithoutResult(tx -> keys.findByRetiredAtIsNullOrderByCreatedAtDescIdDesc().forEach(ToolKeyEntity::deactivate));
        return create().getKeyID();
    }

    /** Ends a rotation: keys that no longer sign are no longer published. */
    public int retireInactive() {
        return transactions.execute(tx -> {
            int retired = 0;
            for (ToolKeyEntity key : keys.findByRetiredAtIsNullOrderByCreatedAtDescIdDesc()) {
                if (!key.isActive()) {
                    key.retire(clock.instant());
                    retired++;
                }
            }
            return retired;
        });
    }

    private synchronized RSAKey create() {
        try {
            byte[] suffix = new byte[4];
            new SecureRandom().nextBytes(suffix);
            String kid = "cyberbench-" + KID_DATE.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            byte[] pkcs8 = key.toRSAPrivateKey().getEncoded();
            transactions.executeWithoutResult(tx -> keys.save(new ToolKeyEntity(kid,
                    key.toPublicJWK().toJSONString(), cipher.encrypt(pkcs8, kid), clock.instant())));
            decrypted.put(kid, key);
            log.info("Created LTI tool key {}", kid);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not create an RSA key", e);
        }
    }

    private RSAKey privateKey(ToolKeyEntity key) {
        return decrypted.computeIfAbsent(key.getKid(), kid -> {
            try {
                RSAKey published = RSAKey.parse(key.getPublicJwk());
                RSAPrivateKey secret = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(cipher.decrypt(key.getPrivateKey(), kid)));
                return new RSAKey.Builder((RSAPublicKey) published.toPublicKey()).privateKey(secret).keyID(kid)
                        .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            } catch (GeneralSecurityException | ParseException | JOSEException e) {
                log.error("Tool key {} cannot be decrypted with the configured secret (cyberbench.lti.key-secret changed?); "
                        + "a new key will sign", kid);
                return null;
            }
        });
    }
}
