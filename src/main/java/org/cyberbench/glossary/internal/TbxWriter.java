package org.cyberbench.glossary.internal;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cyberbench.course.LegalReference;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.Term;

/**
 * Writes concepts as TBX-Basic v3 (ISO 30042:2019, DCA style), valid against the published core
 * structure schema and the TBX-Basic dialect rules, and read back by {@link TbxReader} to the same
 * concepts. Legal references travel as external cross-references (their text is the reference, the
 * target the instrument's page), since TBX-Basic has no category of its own for them.
 */
public final class TbxWriter {

    public static final String NS = "urn:iso:std:iso:30042:ed-2";

    private TbxWriter() {
    }

    public static String write(List<Concept> concepts, String title) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            nl(xml, 0);
            xml.writeStartElement("tbx");
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute("xml:lang", "en");
            xml.writeDefaultNamespace(NS);
            nl(xml, 1);
            xml.writeStartElement("tbxHeader");
            nl(xml, 2);
            xml.writeStartElement("fileDesc");
            nl(xml, 3);
            xml.writeStartElement("sourceDesc");
            xml.writeStartElement("p");
            xml.writeCharacters(title);
            xml.writeEndElement();
            xml.writeEndElement();
            nl(xml, 2);
            xml.writeEndElement();
            nl(xml, 1);
            xml.writeEndElement();
            nl(xml, 1);
            xml.writeStartElement("text");
            nl(xml, 2);
            xml.writeStartElement("body");
            for (Concept concept : concepts) {
                writeConcept(xml, concept);
            }
            nl(xml, 2);
            xml.writeEndElement();
            nl(xml, 1);
            xml.writeEndElement();
            nl(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write TBX", e);
        }
        return out.toString();
    }

    private static void writeConcept(XMLStreamWriter xml, Concept concept) throws XMLStreamException {
        nl(xml, 3);
        xml.writeStartElement("conceptEntry");
        xml.writeAttribute("id", concept.key());
        if (concept.subjectField() != null) {
            leaf(xml, 4, "descrip", "subjectField", concept.subjectField());
        }
        for (String reference : concept.legalReferences()) {
            nl(xml, 4);
            xml.writeStartElement("xref");
            xml.writeAttribute("type", "externalCrossReference");
            xml.writeAttribute("target", LegalReference.instrumentUrl(reference));
            xml.writeCharacters(reference);
            xml.writeEndElement();
        }
        for (String related : concept.related()) {
            nl(xml, 4);
            xml.writeStartElement("ref");
            xml.writeAttribute("type", "relatedConcept");
            xml.writeAttribute("target", related);
            xml.writeCharacters(related);
            xml.writeEndElement();
        }
        for (String language : concept.languages()) {
            nl(xml, 4);
            xml.writeStartElement("langSec");
            xml.writeAttribute("xml:lang", language);
            if (concept.definitions().has(language)) {
                nl(xml, 5);
                xml.writeStartElement("descripGrp");
                leaf(xml, 6, "descrip", "definition", concept.definitions().values().get(language));
                if (concept.sources().has(language)) {
                    leaf(xml, 6, "admin", "source", concept.sources().values().get(language));
                }
                nl(xml, 5);
                xml.writeEndElement();
            }
            for (Term term : concept.terms(language)) {
                nl(xml, 5);
                xml.writeStartElement("termSec");
                nl(xml, 6);
                xml.writeStartElement("term");
                xml.writeCharacters(term.text());
                xml.writeEndElement();
                if (term.type() != null) {
                    leaf(xml, 6, "termNote", "termType", term.type().tbx());
                }
                if (term.status() != null) {
                    leaf(xml, 6, "termNote", "administrativeStatus", term.status().tbx());
                }
                if (term.note() != null) {
                    nl(xml, 6);
                    xml.writeStartElement("note");
                    xml.writeCharacters(term.note());
                    xml.writeEndElement();
                }
                nl(xml, 5);
                xml.writeEndElement();
            }
            nl(xml, 4);
            xml.writeEndElement();
        }
        nl(xml, 3);
        xml.writeEndElement();
    }

    private static void leaf(XMLStreamWriter xml, int depth, String element, String type, String text) throws XMLStreamException {
        nl(xml, depth);
        xml.writeStartElement(element);
        xml.writeAttribute("type", type);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void nl(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
