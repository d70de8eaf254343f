package org.cyberbench.badges.internal;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.VerificationMethod;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.multicodec.codec.KeyCodec;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.method.resolver.MethodResolver;
import com.apicatalog.vc.proof.Proof;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and verifies credentials with the platform's Ed25519 key as a Data Integrity proof
 * (eddsa-rdfc-2022), the Open Badges 3.0 way. Iron does the cryptography; around it, what Iron leaves
 * to its caller: only the contexts we carry are used; a property or type no context defines (which
 * would be left out of the signature) refuses the document; the key must be named, not embedded, and
 * must be ours, controlled by the credential's issuer.
 */
@Component
public class BadgeSigner {

    static final String KEY_ID = "key-1";
    private static final URI ASSERTION = URI.create("https://w3id.org/security#assertionMethod");

    /** A document that is not a credential this platform signed, with the reason in plain words. */
    public static final class NotVerified extends Exception {
        NotVerified(String reason) {
            super(reason);
        }
    }

    private final EdDSASignature2022 suite = new EdDSASignature2022();
    private final DocumentLoader contexts = new JsonLdContexts();
    private final SigningKeyRepository keys;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private volatile MultiKey key;

    BadgeSigner(SigningKeyRepository keys, PlatformTransactionManager transactions, Clock clock) {
        this.keys = keys;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The id of the signing key as a verifier resolves it. */
    public static String keyUrl(String issuerId) {
        return issuerId + "/keys/" + KEY_ID;
    }

    /** The key's public document (Multikey), to be published at its URL. */
    public JsonObject keyDocument(String issuerId) {
        MultiKey ours = key(issuerId);
        return Json.createObjectBuilder()
                .add("@context", JsonLdContexts.MULTIKEY_V1)
                .add("id", keyUrl(issuerId))
                .add("type", "Multikey")
                .add("controller", issuerId)
                .add("publicKeyMultibase", Multibase.BASE_58_BTC.encode(KeyCodec.ED25519_PUBLIC_KEY.encode(ours.publicKey())))
                .build();
    }

    /** The document with our proof added; the document itself is kept as written. */
    public JsonObject sign(JsonObject unsigned, String issuerId, Instant created) {
        try {
            requireDefinedTerms(unsigned);
            DataIntegrityProofDraft draft = suite.createDraft(URI.create(keyUrl(issuerId)), ASSERTION);
            draft.created(created.truncatedTo(ChronoUnit.SECONDS));
            JsonObject signed = suite.createIssuer(key(issuerId)).loader(contexts).useBundledContexts(false).sign(unsigned, draft).compacted();
            // Iron's compaction would rewrite types to their aliases: keep the credential as written, add the proof.
            return Json.createObjectBuilder(unsigned).add("proof", signed.getJsonObject("proof")).build();
        } catch (NotVerified e) {
            throw new IllegalStateException("The credential would not be fully signed: " + e.getMessage(), e);
        } catch (Throwable e) {
            throw new IllegalStateException("The credential could not be signed", e);
        }
    }

    /** Checks that the document carries our valid proof, made with our key for the issuer it names. */
    public void verify(JsonObject signed, String issuerId) throws NotVerified {
        JsonValue proof = signed.get("proof");
        if (!(proof instanceof JsonObject proofObject)) {
            throw new NotVerified("it has no proof (a single Data Integrity proof is expected)");
        }
        if (!(proofObject.get("verificationMethod") instanceof JsonString method) || !method.getString().equals(keyUrl(issuerId))) {
            throw new NotVerified("it was not signed with this platform's key");
        }
        JsonValue issuer = signed.get("issuer");
        String named = issuer instanceof JsonString s ? s.getString() : issuer instanceof JsonObject o ? o.getString("id", "") : "";
        if (!named.equals(issuerId)) {
            throw new NotVerified("it names another issuer (" + named + ")");
        }
        requireDefinedTerms(signed);
        try {
            Verifier.with(suite).loader(contexts).useBundledContexts(false)
                    .methodResolvers(List.of(new OurKey(issuerId, publicOnly(key(issuerId)))))
                    .statusValidator(status -> {
                        // revocation is checked by the caller against the status list
                    })
                    .verify(signed, Map.of("proofPurpose", ASSERTION.toString()));
        } catch (VerificationError e) {
            throw new NotVerified("its signature does not match its content (" + e.getCode() + "): it was changed after it was signed");
        } catch (DocumentError e) {
            throw new NotVerified("it is not a well-formed credential (" + e.getCode() + ")");
        } catch (Throwable e) {
            throw new NotVerified("it could not be checked: " + e.getMessage());
        }
    }

    /** Refuses a property or type that no context defines: JSON-LD would leave it out of the signature. */
    private void requireDefinedTerms(JsonObject document) throws NotVerified {
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).loader(contexts).undefinedTermsPolicy(ProcessingPolicy.Fail).get();
            requireAbsoluteTypes(expanded);
        } catch (JsonLdError e) {
            throw new NotVerified("it uses terms or contexts this platform does not sign: " + e.getMessage());
        }
    }

    private static void requireAbsoluteTypes(JsonValue value) throws NotVerified {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                requireAbsoluteTypes(item);
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if ("@type".equals(entry.getKey()) && entry.getValue() instanceof JsonArray types) {
                    for (JsonValue type : types) {
                        if (type instanceof JsonString s && !URI.create(s.getString()).isAbsolute()) {
                            throw new NotVerified("the type '" + s.getString() + "' is not defined by its contexts");
                        }
                    }
                } else if (!"@value".equals(entry.getKey())) {
                    requireAbsoluteTypes(entry.getValue());
                }
            }
        }
    }

    /** The key, read from the database, or made and stored once for every node to share. */
    private MultiKey key(String issuerId) {
        MultiKey current = key;
        if (current == null) {
            SigningKeyEntity stored = keys.findByKeyId(KEY_ID).orElseGet(this::createKey);
            current = multiKey(issuerId, stored.getPublicKey(), stored.getPrivateKey());
            key = current;
        }
        return current;
    }

    private SigningKeyEntity createKey() {
        try {
            java.security.KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] encoded = pair.getPublic().getEncoded();
            byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
            byte[] privateKey = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            return newTransaction.execute(status -> keys.saveAndFlush(new SigningKeyEntity(KEY_ID, publicKey, privateKey, clock.instant())));
        } catch (DataIntegrityViolationException e) {
            // another node stored its key first: use that one
            return keys.findByKeyId(KEY_ID).orElseThrow(() -> e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no Ed25519", e);
        }
    }

    private static MultiKey multiKey(String issuerId, byte[] publicKey, byte[] privateKey) {
        MultiKey multiKey = new MultiKey();
        multiKey.setId(URI.create(keyUrl(issuerId)));
        multiKey.setController(URI.create(issuerId));
        multiKey.setAlgorithm("Ed25519");
        multiKey.setPublicKey(publicKey);
        if (privateKey != null) {
            multiKey.setPrivateKey(privateKey);
        }
        return multiKey;
    }

    private static MultiKey publicOnly(MultiKey key) {
        return multiKey(key.controller().toString(), key.publicKey(), null);
    }

    /** Resolves only our own key: no did:key, no fetching. */
    private record OurKey(String issuerId, MultiKey key) implements MethodResolver {

        @Override
        public VerificationMethod resolve(URI id, DocumentLoader loader, Proof proof) throws DocumentError {
            if (!id.toString().equals(keyUrl(issuerId))) {
                throw new DocumentError(DocumentError.ErrorType.Unknown, "ProofVerificationMethod");
            }
            return key;
        }

        @Override
        public boolean isAccepted(URI id) {
            return true;
        }
    }
}
