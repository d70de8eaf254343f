package org.cyberbench.lti;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types to register a platform by hand: the values Moodle shows under
 * "Tool configuration details" (platform ID, client ID, deployment ID and its three URLs).
 */
public record PlatformForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 255) @Pattern(regexp = PlatformForm.URL) String issuer,
        @NotBlank @Size(max = 255) String clientId,
        @NotBlank @Size(max = 255) String deploymentId,
        @NotBlank @Size(max = 1000) @Pattern(regexp = PlatformForm.URL) String authUrl,
        @NotBlank @Size(max = 1000) @Pattern(regexp = PlatformForm.URL) String tokenUrl,
        @NotBlank @Size(max = 1000) @Pattern(regexp = PlatformForm.URL) String jwksUrl) {

    /** An absolute http(s) address without spaces. */
    public static final String URL = "https?://[^\\s/?#]+[^\\s]*";

    public static PlatformForm empty() {
        return new PlatformForm("", "", "", "", "", "", "");
    }
}
