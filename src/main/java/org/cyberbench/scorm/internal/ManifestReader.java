package org.cyberbench.scorm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.cyberbench.scorm.ScormNotice;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormVersion;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code imsmanifest.xml} (IMS Content Packaging 1.1 with the ADL SCORM extensions) namespace-aware
 * by local name, since real manifests use every prefix and spacing: detects the version from
 * {@code metadata/schemaversion}, else from the ADL namespaces; picks the default organization (else
 * the first) and in it, depth first, the first item that points at a SCO; builds its address from the
 * three levels of {@code xml:base}, the resource's {@code href} and the item's {@code parameters},
 * refusing anything absolute or outside the package; and keeps the item's run-time settings.
 * Sequencing rules (imsss) are not applied: the first SCO is launched.
 */
final class ManifestReader {

    static final String MANIFEST = "imsmanifest.xml";
    static final long MAX_MANIFEST_BYTES = 5L * 1024 * 1024;

    private static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private ManifestReader() {
    }

    static Manifest read(Path root) {
        Path file = root.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new ScormPackageException("scorm.error.noManifest");
        }
        Element manifest = parse(file).getDocumentElement();
        if (!"manifest".equals(manifest.getLocalName())) {
            throw new ScormPackageException("scorm.error.notManifest", manifest.getLocalName());
        }
        List<ScormNotice> notices = new ArrayList<>();
        String[] version = version(manifest);
        ScormVersion family = "1.2".equals(version[0]) ? ScormVersion.SCORM_12 : ScormVersion.SCORM_2004;

        Map<String, Element> resources = new HashMap<>();
        Element resourcesElement = child(manifest, "resources").orElseThrow(() -> new ScormPackageException("scorm.error.noResources"));
        for (Element resource : children(resourcesElement, "resource")) {
            resources.put(resource.getAttribute("identifier"), resource);
        }
        String base = base(manifest) + base(resourcesElement);

        Optional<Element> organization = organization(manifest);
        List<Element> scoItems = new ArrayList<>();
        Element launched = null;
        Element launchedResource = null;
        if (organization.isPresent()) {
            for (Element item : items(organization.get())) {
                Element resource = resources.get(item.getAttribute("identifierref"));
                if (resource != null && isSco(resource) && !resource.getAttribute("href").isBlank()) {
                    scoItems.add(item);
                    if (launched == null) {
                        launched = item;
                        launchedResource = resource;
                    }
                }
            }
        }
        if (launched == null) {
            // no organization or no SCO in it: a lone SCO resource still launches
            launchedResource = resources.values().stream().filter(r -> isSco(r) && !r.getAttribute("href").isBlank())
                    .findFirst().orElseThrow(() -> new ScormPackageException("scorm.error.noSco"));
            notices.add(ScormNotice.of("scorm.notice.resourceOnly", launchedResource.getAttribute("identifier")));
        }
        if (scoItems.size() > 1) {
            notices.add(ScormNotice.of("scorm.notice.firstScoOnly", scoItems.size()));
        }
        if (child(manifest, "sequencingCollection").isPresent() || (launched != null && child(launched, "sequencing").isPresent())) {
            notices.add(ScormNotice.of("scorm.notice.sequencingIgnored"));
        }

        String launchPath = launchPath(base, launchedResource, launched);
        Path target = inside(root, decodedPath(launchPath));
        if (!Files.isRegularFile(target)) {
            throw new ScormPackageException("scorm.error.launchMissing", pathPart(launchPath));
        }
        long missing = missingFiles(root, base, resources.values());
        if (missing > 0) {
            notices.add(ScormNotice.of("scorm.notice.missingFiles", missing));
        }

        String title = organization.flatMap(o -> child(o, "title")).map(ManifestReader::text).filter(t -> !t.isBlank())
                .orElse(manifest.getAttribute("identifier"));
        List<Manifest.Sco> scos = new ArrayList<>();
        if (launched == null) {
            scos.add(sco(family, null, title, launchPath));
        }
        for (Element item : scoItems) {
            String itemTitle = child(item, "title").map(ManifestReader::text).orElse(title);
            scos.add(sco(family, item, itemTitle, launchPath(base, resources.get(item.getAttribute("identifierref")), item)));
        }
        return new Manifest(clip(manifest.getAttribute("identifier"), 255), family, version[1], clip(title, 200), scos, notices);
    }

    private static String launchPath(String base, Element resource, Element item) {
        String path = relative(base + base(resource), "xml:base") + relative(resource.getAttribute("href").trim(), "href");
        return withParameters(path, item == null ? "" : item.getAttribute("parameters").trim());
    }

    private static Manifest.Sco sco(ScormVersion family, Element item, String title, String launchPath) {
        return family == ScormVersion.SCORM_12 ? sco12(item, title, launchPath) : sco2004(item, title, launchPath);
    }

    /** {family, edition}: from schemaversion when it is one SCORM uses, else from the ADL namespaces declared. */
    private static String[] version(Element manifest) {
        String declared = child(manifest, "metadata").flatMap(m -> child(m, "schemaversion")).map(ManifestReader::text).orElse("");
        switch (declared) {
            case "1.2":
                return new String[] {"1.2", "1.2"};
            case "1.3", "CAM 1.3":
                return new String[] {"2004", "2004 2nd Edition"};
            case "2004 3rd Edition", "2004 4th Edition":
                return new String[] {"2004", declared};
            default:
                break;
        }
        String namespaces = namespaces(manifest);
        if (namespaces.contains("adlcp_v1p3") || namespaces.contains("imsss") || namespaces.contains("adlseq_v1p3")) {
            return new String[] {"2004", "2004"};
        }
        if (namespaces.contains("adlcp_rootv1p2") || namespaces.contains("imscp_rootv1p1p2")) {
            return new String[] {"1.2", "1.2"};
        }
        throw new ScormPackageException("scorm.error.notScorm", declared.isEmpty() ? "-" : declared);
    }

    private static String namespaces(Element manifest) {
        StringBuilder all = new StringBuilder(manifest.getNamespaceURI() == null ? "" : manifest.getNamespaceURI());
        NamedNodeMap attributes = manifest.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                all.append(' ').append(attribute.getValue());
            }
        }
        return all.toString();
    }

    private static Optional<Element> organization(Element manifest) {
        Optional<Element> organizations = child(manifest, "organizations");
        if (organizations.isEmpty()) {
            return Optional.empty();
        }
        List<Element> all = children(organizations.get(), "organization");
        String preferred = organizations.get().getAttribute("default");
        return all.stream().filter(o -> o.getAttribute("identifier").equals(preferred)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    /** Every item under an organization, depth first in document order. */
    private static List<Element> items(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Element item : children(parent, "item")) {
            found.add(item);
            found.addAll(items(item));
        }
        return found;
    }

    private static boolean isSco(Element resource) {
        NamedNodeMap attributes = resource.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (name.equalsIgnoreCase("scormtype")) {
                return "sco".equalsIgnoreCase(attribute.getNodeValue().trim());
            }
        }
        return false;
    }

    private static Manifest.Sco sco12(Element item, String title, String launchPath) {
        return new Manifest.Sco(clip(title, 500), launchPath,
                decimal(item, "masteryscore", BigDecimal.ZERO, BigDecimal.valueOf(100)), null, null,
                item == null ? null : child(item, "datafromlms").map(e -> e.getTextContent().trim()).orElse(null),
                item == null ? null : child(item, "maxtimeallowed").map(ManifestReader::text).map(t -> clip(t, 40)).orElse(null),
                item == null ? null : child(item, "timelimitaction").map(ManifestReader::text).map(t -> clip(t, 40)).orElse(null));
    }

    private static Manifest.Sco sco2004(Element item, String title, String launchPath) {
        BigDecimal threshold = null;
        BigDecimal passing = null;
        String maxTime = null;
        if (item != null) {
            Optional<Element> completion = child(item, "completionThreshold");
            // 4th edition: the threshold decides only when completedByMeasure is true; 3rd edition: the element's text
            if (completion.isPresent() && (!completion.get().hasAttribute("completedByMeasure")
                    || "true".equals(completion.get().getAttribute("completedByMeasure").trim()))) {
                String value = completion.get().hasAttribute("minProgressMeasure") ? completion.get().getAttribute("minProgressMeasure")
                        : text(completion.get());
                threshold = parse(value.isBlank() ? "1.0" : value, BigDecimal.ZERO, BigDecimal.ONE);
            }
            Optional<Element> sequencing = child(item, "sequencing");
            Optional<Element> primary = sequencing.flatMap(s -> child(s, "objectives")).flatMap(o -> child(o, "primaryObjective"));
            if (primary.isPresent() && "true".equals(primary.get().getAttribute("satisfiedByMeasure").trim())) {
                passing = child(primary.get(), "minNormalizedMeasure").map(ManifestReader::text)
                        .map(v -> parse(v, BigDecimal.ONE.negate(), BigDecimal.ONE)).orElse(BigDecimal.ONE);
            }
            maxTime = sequencing.flatMap(s -> child(s, "limitConditions")).map(l -> l.getAttribute("attemptAbsoluteDurationLimit"))
                    .filter(v -> !v.isBlank()).map(v -> clip(v, 40)).orElse(null);
        }
        return new Manifest.Sco(clip(title, 500), launchPath, null, passing, threshold,
                item == null ? null : child(item, "dataFromLMS").map(e -> e.getTextContent().trim()).orElse(null), maxTime,
                item == null ? null : child(item, "timeLimitAction").map(ManifestReader::text).map(t -> clip(t, 40)).orElse(null));
    }

    private static BigDecimal decimal(Element item, String name, BigDecimal min, BigDecimal max) {
        return item == null ? null : child(item, name).map(ManifestReader::text).filter(t -> !t.isBlank()).map(t -> parse(t, min, max))
                .orElse(null);
    }

    private static BigDecimal parse(String value, BigDecimal min, BigDecimal max) {
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                throw new ScormPackageException("scorm.error.badNumber", value.trim(), min.toPlainString(), max.toPlainString());
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ScormPackageException("scorm.error.badNumber", value.trim(), min.toPlainString(), max.toPlainString());
        }
    }

    private static String base(Element element) {
        String base = element.getAttributeNS(XML_NS, "base").trim();
        if (base.isEmpty()) {
            return "";
        }
        String relative = relative(base, "xml:base");
        return relative.endsWith("/") ? relative : relative + "/";
    }

    /** A path inside the package: no scheme, no leading slash, no backslash. */
    private static String relative(String value, String what) {
        if (SCHEME.matcher(value).find() || value.startsWith("/") || value.contains("\\")) {
            throw new ScormPackageException("scorm.error.externalAddress", what, value);
        }
        return value;
    }

    private static String withParameters(String href, String parameters) {
        if (parameters.isEmpty()) {
            return href;
        }
        if (parameters.startsWith("#")) {
            return href + parameters;
        }
        String query = parameters.replaceFirst("^[?&]+", "");
        return href + (href.contains("?") ? "&" : "?") + query;
    }

    private static String pathPart(String url) {
        int end = url.length();
        for (char mark : new char[] {'?', '#'}) {
            int at = url.indexOf(mark);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }

    static String decodedPath(String url) {
        try {
            return URLDecoder.decode(pathPart(url).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ScormPackageException("scorm.error.externalAddress", "href", url);
        }
    }

    /** The file a path names, which must be inside the package root. */
    static Path inside(Path root, String path) {
        try {
            Path target = root.resolve(path).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new ScormPackageException("scorm.error.outside", path);
            }
            return target;
        } catch (InvalidPathException e) {
            throw new ScormPackageException("scorm.error.outside", path);
        }
    }

    private static long missingFiles(Path root, String base, java.util.Collection<Element> resources) {
        long missing = 0;
        for (Element resource : resources) {
            String resourceBase = base + base(resource);
            for (Element file : children(resource, "file")) {
                String href = file.getAttribute("href").trim();
                if (href.isEmpty() || SCHEME.matcher(href).find() || href.startsWith("/")) {
                    continue;
                }
                try {
                    if (!Files.isRegularFile(inside(root, decodedPath(resourceBase + href)))) {
                        missing++;
                    }
                } catch (ScormPackageException outside) {
                    missing++;
                }
            }
        }
        return missing;
    }

    private static Document parse(Path file) {
        try {
            if (Files.size(file) > MAX_MANIFEST_BYTES) {
                throw new ScormPackageException("scorm.error.manifestTooLarge", MAX_MANIFEST_BYTES / (1024 * 1024));
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DTD, no entities: a manifest never needs them, and they are how XML attacks begin
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            try (InputStream in = Files.newInputStream(file)) {
                return builder.parse(in);
            }
        } catch (SAXParseException e) {
            throw new ScormPackageException("scorm.error.manifestXml", e.getLineNumber(), e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ScormPackageException("scorm.error.manifestXml", 0, e.getMessage());
        }
    }

    private static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equalsIgnoreCase(
                    element.getLocalName() == null ? element.getNodeName() : element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element.getTextContent().trim().replaceAll("\\s+", " ");
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
