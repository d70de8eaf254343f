package org.cyberbench.badges.internal;

import jakarta.json.JsonObject;
import org.cyberbench.badges.OpenBadges;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public documents a verifier fetches to check one of our badges: the issuer profile, the key a
 * proof names, and the revocation status list. Served to anyone (see SecurityConfiguration).
 */
@RestController
class BadgeDocuments {

    private final OpenBadges badges;

    BadgeDocuments(OpenBadges badges) {
        this.badges = badges;
    }

    @GetMapping("/badges/issuer")
    ResponseEntity<String> issuer() {
        return json(badges.issuerProfile());
    }

    @GetMapping("/badges/issuer/keys/" + BadgeSigner.KEY_ID)
    ResponseEntity<String> key() {
        return json(badges.keyDocument());
    }

    @GetMapping("/badges/status/revocation")
    ResponseEntity<String> statusList() {
        return json(badges.statusList());
    }

    private static ResponseEntity<String> json(JsonObject document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document.toString());
    }
}
