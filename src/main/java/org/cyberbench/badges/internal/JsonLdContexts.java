package org.cyberbench.badges.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON-LD contexts Open Badges 3.0 credentials use, carried in the jar (src/main/resources/jsonld,
 * sources in its SOURCES.md). Nothing is ever fetched: a credential naming any other context is refused,
 * so a badge file cannot make the server reach out to an address of its choosing.
 */
final class JsonLdContexts implements DocumentLoader {

    static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

    private static final Map<String, String> FILES = Map.of(
            CREDENTIALS_V2, "credentials-v2.jsonld",
            OPEN_BADGES_V3, "ob-context-3.0.3.json",
            MULTIKEY_V1, "multikey-v1.jsonld",
            "https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld");

    private final Map<String, Document> documents = new HashMap<>();

    JsonLdContexts() {
        FILES.forEach((url, file) -> {
            try (InputStream in = JsonLdContexts.class.getResourceAsStream("/jsonld/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The JSON-LD context " + file + " is missing from the application");
                }
                documents.put(url, JsonDocument.of(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JsonLdError e) {
                throw new IllegalStateException("The JSON-LD context " + file + " cannot be read", e);
            }
        });
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String address = url.toString();
        int fragment = address.indexOf('#');
        Document document = documents.get(fragment < 0 ? address : address.substring(0, fragment));
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not one of the contexts this platform carries: " + address);
        }
        return document;
    }
}
