package org.cyberbench.lti.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /lti/jwks}: the tool's public keys, for platforms to verify our deep-linking responses and client assertions. */
@Controller
class JwksController {

    private final ToolKeys keys;

    JwksController(ToolKeys keys) {
        this.keys = keys;
    }

    @GetMapping(ToolEndpoints.JWKS)
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
                .body(keys.publicKeys().toString(true));
    }
}
