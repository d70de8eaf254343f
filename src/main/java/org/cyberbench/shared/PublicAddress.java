package org.cyberbench.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address people reach the platform at ({@code cyberbench.public-url}), read once for every link
 * that leaves the application: verification links and QR codes, e-mails, calendar files, badges, xAPI ids.
 */
@ConfigurationProperties("cyberbench")
public record PublicAddress(@DefaultValue("http://localhost:8080") String publicUrl) {

    public PublicAddress {
        publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The public address of a page of ours, {@code path} starting with a slash ("/verify/ABC"). */
    public String link(String path) {
        return publicUrl + path;
    }

    /** The host name alone (calendar UIDs are made unique with it). */
    public String host() {
        return java.net.URI.create(publicUrl).getHost();
    }
}
