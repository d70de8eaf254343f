package org.cyberbench.glossary.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XML parsers for files that come from outside: a DOCTYPE is allowed (TBX v2 files name their DTD)
 * but never followed, nothing external is ever fetched, and depth and sizes are bounded. Whoever
 * reads must still refuse entity declarations, which {@link TbxReader} does on the DOCTYPE event.
 */
final class SafeXml {

    /** Deeper than any TBX file needs; stops stack-exhaustion files. */
    static final int MAX_DEPTH = 64;

    private static final XMLInputFactory STAX = stax();

    private SafeXml() {
    }

    static XMLStreamReader stax(byte[] bytes) throws XMLStreamException {
        // A byte stream, not a String: the parser honours the byte-order mark and the declared encoding.
        return STAX.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }

    /** A SAX reader with the same rules, for the schema validators. */
    static XMLReader sax() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            reader.setEntityResolver((publicId, systemId) -> new InputSource(InputStream.nullInputStream()));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("No safe XML parser available", e);
        }
    }

    private static XMLInputFactory stax() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // The DOCTYPE is reported as one event and otherwise ignored: no entity is declared, none is resolved.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never loaded (" + systemId + ")");
        });
        return factory;
    }
}
