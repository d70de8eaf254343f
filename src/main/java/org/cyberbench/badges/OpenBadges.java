package org.cyberbench.badges;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyberbench.badges.internal.BadgeEntity;
import org.cyberbench.badges.internal.BadgeSigner;
import org.cyberbench.badges.internal.BadgeStore;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.learning.CertificateStatus;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates as Open Badges 3.0 credentials (W3C Verifiable Credentials Data Model 2.0): the holder
 * downloads theirs, signed with the platform's Ed25519 key; the issuer profile, the key and the
 * revocation status list are public documents any verifier can fetch; and anyone can have a badge
 * file checked here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OpenBadges {

    /** A badge file is a few kilobytes; anything much larger is not one. */
    public static final int MAX_FILE_BYTES = 256 * 1024;
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final BadgeStore store;
    private final BadgeSigner signer;
    private final CertificateService certificates;
    private final UserService users;
    private final CourseCatalog catalog;
    private final String base;
    private final String issuerName;
    private final Clock clock;
    private volatile SignedList statusList;

    private record SignedList(List<Integer> revoked, JsonObject credential) {
    }

    OpenBadges(BadgeStore store, BadgeSigner signer, CertificateService certificates, UserService users, CourseCatalog catalog,
            PublicAddress publicAddress,
            @Value("${cyberbench.badges.issuer-name:Cyberbench}") String issuerName, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.certificates = certificates;
        this.users = users;
        this.catalog = catalog;
        this.base = publicAddress.publicUrl();
        this.issuerName = issuerName;
        this.clock = clock;
    }

    public String issuerId() {
        return base + "/badges/issuer";
    }

    public String statusListId() {
        return base + "/badges/status/revocation";
    }

    /** The issuer's Open Badges profile. */
    @PreAuthorize("permitAll()")
    public JsonObject issuerProfile() {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .add("id", issuerId()).add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", issuerName).add("url", base).build();
    }

    /** The public half of the signing key, as the document its id resolves to. */
    @PreAuthorize("permitAll()")
    public JsonObject keyDocument() {
        return signer.keyDocument(issuerId());
    }

    /** The signed revocation list; signed again only when a revocation changed it. */
    @PreAuthorize("permitAll()")
    public JsonObject statusList() {
        List<Integer> revoked = store.revokedIndexes();
        SignedList current = statusList;
        if (current == null || !current.revoked().equals(revoked)) {
            JsonObject unsigned = Json.createObjectBuilder()
                    .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                    .add("id", statusListId())
                    .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                    .add("issuer", issuerId())
                    .add("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString())
                    .add("credentialSubject", Json.createObjectBuilder().add("id", statusListId() + "#list")
                            .add("type", "BitstringStatusList").add("statusPurpose", "revocation")
                            .add("encodedList", store.encodedList(revoked)))
                    .build();
            current = new SignedList(revoked, signer.sign(unsigned, issuerId(), clock.instant()));
            statusList = current;
        }
        return current.credential();
    }

    /** The holder's certificate as a signed Open Badge (JSON), to keep in a wallet or show elsewhere. */
    @Transactional
    public byte[] myBadge(String code) {
        Certificate certificate = certificates.mine().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new UserFacingException("certificate.error.notFound"));
        if (certificate.status() == CertificateStatus.REVOKED) {
            throw new UserFacingException("badge.error.revoked");
        }
        BadgeEntity badge = store.badgeFor(code, clock.instant());
        UserAccount holder = users.me();
        return pretty(signer.sign(credential(certificate, badge, holder), issuerId(), certificate.issuedAt()));
    }

    private JsonObject credential(Certificate certificate, BadgeEntity badge, UserAccount holder) {
        CourseOutline course = catalog.currentOutline(certificate.courseSlug()).orElse(null);
        String title = english(certificate.courseTitle());
        String description = course == null ? title : english(course.summary());
        var credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .add("id", "urn:uuid:" + UUID.nameUUIDFromBytes((base + " badge " + certificate.code()).getBytes(StandardCharsets.UTF_8)))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder().add("id", issuerId()).add("type", Json.createArrayBuilder().add("Profile"))
                        .add("name", issuerName).add("url", base))
                .add("validFrom", certificate.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("validUntil", certificate.expiresAt().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("name", title)
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("type", "IdentityObject").add("identityType", "emailAddress")
                                        .add("hashed", true).add("identityHash", "sha256$" + sha256(holder.email().toLowerCase(java.util.Locale.ROOT) + badge.getSalt()))
                                        .add("salt", badge.getSalt()))
                                .add(Json.createObjectBuilder().add("type", "IdentityObject").add("identityType", "name")
                                        .add("hashed", false).add("identityHash", certificate.holderName())))
                        .add("achievement", Json.createObjectBuilder()
                                .add("id", base + "/courses/" + certificate.courseSlug())
                                .add("type", Json.createArrayBuilder().add("Achievement"))
                                .add("name", title)
                                .add("description", description)
                                .add("criteria", Json.createObjectBuilder().add("id", base + "/courses/" + certificate.courseSlug())
                                        .add("narrative", "Completed every lesson and passed every module quiz of the online course \""
                                                + title + "\" on " + issuerName + "."))))
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", statusListId() + "#" + badge.getStatusIndex())
                        .add("type", "BitstringStatusListEntry").add("statusPurpose", "revocation")
                        .add("statusListIndex", String.valueOf(badge.getStatusIndex()))
                        .add("statusListCredential", statusListId()));
        return credential.build();
    }

    /** Checks a badge file: our signature over unchanged content, then revocation and validity. */
    @PreAuthorize("permitAll()")
    public BadgeVerification verify(byte[] file) {
        if (file == null || file.length == 0 || file.length > MAX_FILE_BYTES) {
            return BadgeVerification.invalid("the file is empty or larger than a badge can be");
        }
        JsonObject badge;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file))) {
            badge = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return BadgeVerification.invalid("the file is not a JSON credential");
        }
        try {
            signer.verify(badge, issuerId());
        } catch (BadgeSigner.NotVerified e) {
            return BadgeVerification.invalid(e.getMessage());
        }
        if (!(badge.get("type") instanceof JsonArray types) || !types.contains(Json.createValue("OpenBadgeCredential"))) {
            return BadgeVerification.invalid("it is a credential of ours, but not an Open Badge");
        }
        JsonObject subject = badge.getJsonObject("credentialSubject");
        String achievement = subject.getJsonObject("achievement").getString("name", "");
        String holder = subject.getJsonArray("identifier").stream().map(JsonValue::asJsonObject)
                .filter(i -> "name".equals(i.getString("identityType", ""))).map(i -> i.getString("identityHash", "")).findFirst().orElse(null);
        Instant from = instant(badge, "validFrom");
        Instant until = instant(badge, "validUntil");
        BadgeVerification.Outcome outcome = BadgeVerification.Outcome.VALID;
        if (isRevoked(badge)) {
            outcome = BadgeVerification.Outcome.REVOKED;
        } else if (until != null && until.isBefore(clock.instant())) {
            outcome = BadgeVerification.Outcome.EXPIRED;
        }
        return new BadgeVerification(outcome, null, achievement, holder, issuerName, from, until);
    }

    private boolean isRevoked(JsonObject badge) {
        if (!(badge.get("credentialStatus") instanceof JsonObject status) || !statusListId().equals(status.getString("statusListCredential", ""))) {
            return false;
        }
        try {
            return store.isRevoked(Integer.parseInt(status.getString("statusListIndex", "-1")));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Instant instant(JsonObject badge, String field) {
        try {
            return badge.get(field) instanceof JsonString s ? Instant.parse(s.getString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String english(LocalizedText text) {
        return text == null ? "" : text.get("en");
    }

    private static byte[] pretty(JsonObject json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toByteArray();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
