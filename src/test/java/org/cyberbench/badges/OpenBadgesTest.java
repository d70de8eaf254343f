package org.cyberbench.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.VerificationMethod;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.multicodec.codec.KeyCodec;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.method.resolver.MethodResolver;
import com.apicatalog.vc.proof.Proof;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestCourses;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.shared.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A certificate as an Open Badge 3.0: signed by the platform, checked by our verifier and by Iron's own
 * verifier with only the public key our server publishes, refused when changed or re-signed by
 * someone else, and shown as revoked once the certificate is revoked (the public status list too).
 */
@IntegrationTest
class OpenBadgesTest {

    private static final AtomicInteger courses = new AtomicInteger();

    @Autowired
    TestCourses testCourses;
    @Autowired
    CertificateService certificates;
    @Autowired
    OpenBadges badges;
    @Autowired
    TestUsers testUsers;
    @LocalServerPort
    int port;

    UserAccount holder;
    Certificate certificate;

    @BeforeEach
    void aCertifiedLearner() {
        String slug = "badge-course-" + courses.incrementAndGet();
        testCourses.importSmallCourse(slug);
        holder = testUsers.create("Bea Badge", Role.LEARNER);
        certificate = testCourses.certify(holder, slug);
    }

    @Test
    void theHoldersBadgeIsAnOpenBadgeCredentialThatVerifies() {
        JsonObject badge = json(testUsers.as(holder, () -> badges.myBadge(certificate.code())));
        assertThat(badge.getJsonArray("@context").getValuesAs(jakarta.json.JsonString::getString)).containsExactly(
                "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(badge.getJsonArray("type").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(badge.getJsonObject("issuer").getString("id")).isEqualTo("http://localhost:8080/badges/issuer");
        assertThat(badge.getString("validFrom")).isEqualTo(certificate.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        JsonObject proof = badge.getJsonObject("proof");
        assertThat(proof.getString("type")).isEqualTo("DataIntegrityProof");
        assertThat(proof.getString("cryptosuite")).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.getString("proofPurpose")).isEqualTo("assertionMethod");
        assertThat(proof.getString("verificationMethod")).isEqualTo("http://localhost:8080/badges/issuer/keys/key-1");
        assertThat(badge.getJsonObject("credentialStatus").getString("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(badge.getJsonObject("credentialSubject").toString()).doesNotContain(holder.email());

        BadgeVerification verification = badges.verify(bytes(badge));
        assertThat(verification.outcome()).isEqualTo(BadgeVerification.Outcome.VALID);
        assertThat(verification.holderName()).isEqualTo("Bea Badge");
        assertThat(verification.achievement()).isEqualTo(certificate.courseTitle().get("en"));
        assertThat(json(testUsers.as(holder, () -> badges.myBadge(certificate.code())))).as("the same badge each time").isEqualTo(badge);
    }

    @Test
    void ironsOwnVerifierAcceptsItWithNothingButTheKeyOurServerPublishes() throws Throwable {
        JsonObject badge = json(testUsers.as(holder, () -> badges.myBadge(certificate.code())));
        JsonObject keyDocument = json(get("/badges/issuer/keys/key-1").getBytes(StandardCharsets.UTF_8));
        assertThat(keyDocument.getString("type")).isEqualTo("Multikey");
        MultiKey published = new MultiKey();
        published.setId(URI.create(keyDocument.getString("id")));
        published.setController(URI.create(keyDocument.getString("controller")));
        published.setAlgorithm("Ed25519");
        published.setPublicKey(KeyCodec.ED25519_PUBLIC_KEY.decode(Multibase.BASE_58_BTC.decode(keyDocument.getString("publicKeyMultibase"))));
        Verifier verifier = Verifier.with(new EdDSASignature2022()).loader(new BundledContexts()).useBundledContexts(false)
                .methodResolvers(List.of(new Only(published))).statusValidator(status -> { });
        verifier.verify(badge, Map.of("proofPurpose", "https://w3id.org/security#assertionMethod"));

        JsonObject changed = Json.createObjectBuilder(badge).add("validUntil", "2099-01-01T00:00:00Z").build();
        assertThatThrownBy(() -> verifier.verify(changed)).isInstanceOf(VerificationError.class);
        assertThat(badges.verify(bytes(changed)).outcome()).isEqualTo(BadgeVerification.Outcome.INVALID);
    }

    @Test
    void aForgeryOrAnAddedClaimIsNotValid() throws Exception {
        JsonObject badge = json(testUsers.as(holder, () -> badges.myBadge(certificate.code())));
        // someone re-signs it with their own key, embedded in the proof under our key's id
        var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        JsonObject embedded = Json.createObjectBuilder(badge.getJsonObject("proof")).add("verificationMethod", Json.createObjectBuilder()
                .add("id", "http://localhost:8080/badges/issuer/keys/key-1").add("type", "Multikey")
                .add("controller", "http://localhost:8080/badges/issuer")
                .add("publicKeyMultibase", Multibase.BASE_58_BTC.encode(KeyCodec.ED25519_PUBLIC_KEY.encode(
                        java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length))))).build();
        BadgeVerification forged = badges.verify(bytes(Json.createObjectBuilder(badge).add("proof", embedded).build()));
        assertThat(forged.outcome()).isEqualTo(BadgeVerification.Outcome.INVALID);
        assertThat(forged.detail()).isEqualTo("it was not signed with this platform's key");

        BadgeVerification added = badges.verify(bytes(Json.createObjectBuilder(badge).add("grade", "A+").build()));
        assertThat(added.outcome()).isEqualTo(BadgeVerification.Outcome.INVALID);
        assertThat(added.detail()).startsWith("it uses terms or contexts this platform does not sign");

        JsonObject elsewhere = Json.createObjectBuilder(badge).add("@context", Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2").add("https://attacker.example/context.json")).build();
        assertThat(badges.verify(bytes(elsewhere)).detail()).as("a context we do not carry is never fetched")
                .isEqualTo("it uses terms or contexts this platform does not sign: There was a problem encountered loading a remote context [https://attacker.example/context.json]");
        assertThat(badges.verify("not json".getBytes(StandardCharsets.UTF_8)).detail()).isEqualTo("the file is not a JSON credential");
    }

    @Test
    void aRevokedCertificateShowsAsRevokedAndIsInThePublicStatusList() throws Exception {
        JsonObject badge = json(testUsers.as(holder, () -> badges.myBadge(certificate.code())));
        int index = Integer.parseInt(badge.getJsonObject("credentialStatus").getString("statusListIndex"));
        assertThat(bit(index)).isFalse();

        UserAccount admin = testUsers.create("Ada Admin", Role.ADMIN);
        testUsers.as(admin, () -> certificates.revoke(certificate.code(), "Obtained by fraud"));
        assertThat(badges.verify(bytes(badge)).outcome()).isEqualTo(BadgeVerification.Outcome.REVOKED);
        assertThat(bit(index)).isTrue();
        assertThatThrownBy(() -> testUsers.as(holder, () -> badges.myBadge(certificate.code())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("badge.error.revoked"));
    }

    @Test
    void nobodyElseDownloadsSomeonesBadge() {
        UserAccount other = testUsers.create("Otto Other", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(other, () -> badges.myBadge(certificate.code())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("certificate.error.notFound"));
    }

    /** The bit of the public status list (fetched over HTTP, its own proof checked by our verifier). */
    private boolean bit(int index) throws Exception {
        JsonObject list = json(get("/badges/status/revocation").getBytes(StandardCharsets.UTF_8));
        assertThat(list.getJsonArray("type").getString(1)).isEqualTo("BitstringStatusListCredential");
        assertThat(list.getJsonObject("proof").getString("verificationMethod")).isEqualTo("http://localhost:8080/badges/issuer/keys/key-1");
        String encoded = list.getJsonObject("credentialSubject").getString("encodedList");
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Multibase.BASE_64_URL.decode(encoded))).readAllBytes();
        assertThat(bits).hasSize(16384);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " is public").isEqualTo(200);
        return response.body();
    }

    private static JsonObject json(byte[] bytes) {
        return Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The test's own loader: the same context files, read from the classpath. */
    private static final class BundledContexts implements DocumentLoader {
        private static final Map<String, String> FILES = Map.of("https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-context-3.0.3.json");

        @Override
        public Document loadDocument(URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) throws JsonLdError {
            String file = FILES.get(url.toString());
            if (file == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, url.toString());
            }
            try (InputStream in = OpenBadgesTest.class.getResourceAsStream("/jsonld/" + file)) {
                return JsonDocument.of(in);
            } catch (java.io.IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        }
    }

    private record Only(MultiKey key) implements MethodResolver {
        @Override
        public VerificationMethod resolve(URI id, DocumentLoader loader, Proof proof) throws DocumentError {
            return key;
        }

        @Override
        public boolean isAccepted(URI id) {
            return id.equals(key.id());
        }
    }
}
