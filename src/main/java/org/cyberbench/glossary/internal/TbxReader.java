package org.cyberbench.glossary.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.course.LegalReference;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.SubjectFields;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.glossary.TermType;
import org.cyberbench.shared.LocalizedText;

/**
 * Reads TBX (ISO 30042, TBX-Basic, DCA style) into concepts and checks them, collecting every problem
 * with file and line. The parser refuses any DOCTYPE, so external entities (XXE) and entity-expansion
 * bombs never get a chance; data categories we do not use are skipped.
 */
public final class TbxReader {

    private static final Set<String> REQUIRED_LANGUAGES = Set.of("en", "fr");
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<String, Integer> conceptLines = new HashMap<>();
    private final Map<String, String> conceptFiles = new HashMap<>();

    /** Reads all files; problems() tells whether they are acceptable. */
    public List<Concept> read(Map<String, String> files) {
        List<Concept> concepts = new ArrayList<>();
        files.forEach((file, xml) -> concepts.addAll(readFile(file, xml)));
        return concepts;
    }

    public List<FileProblem> problems() {
        return List.copyOf(problems);
    }

    /** Cross-references must point at a concept of this import or one the glossary already has. */
    public void checkReferences(List<Concept> concepts, Set<String> existingKeys) {
        Set<String> keys = new java.util.HashSet<>(existingKeys);
        concepts.forEach(c -> keys.add(c.key()));
        for (Concept concept : concepts) {
            for (String target : concept.related()) {
                if (!keys.contains(target)) {
                    problem(conceptFiles.get(concept.key()), conceptLines.get(concept.key()),
                            "concept '" + concept.key() + "' refers to unknown concept '" + target + "'");
                }
            }
        }
    }

    private List<Concept> readFile(String file, String xml) {
        List<Concept> concepts = new ArrayList<>();
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            boolean root = true;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    problem(file, line(reader), "DOCTYPE declarations are not allowed in TBX files (they can carry entity attacks)");
                    return List.of();
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    root = false;
                    if (!"tbx".equals(reader.getLocalName())) {
                        problem(file, line(reader), "not a TBX file: the root element is <" + reader.getLocalName() + ">, expected <tbx>");
                        return List.of();
                    }
                }
                if ("conceptEntry".equals(reader.getLocalName())) {
                    Concept concept = readConcept(file, reader);
                    if (concept != null) {
                        concepts.add(concept);
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problem(file, line, "malformed XML: " + e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
            return List.of();
        }
        if (concepts.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(file))) {
            problem(file, 1, "no <conceptEntry> found");
        }
        return concepts;
    }

    private Concept readConcept(String file, XMLStreamReader reader) throws XMLStreamException {
        int line = line(reader);
        String key = reader.getAttributeValue(null, "id");
        String subject = null;
        List<String> references = new ArrayList<>();
        List<String> related = new ArrayList<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        String language = null;
        String termText = null;
        TermType termType = null;
        TermStatus termStatus = null;
        String note = null;
        int termLine = 0;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = reader.getLocalName();
                if ("termSec".equals(name)) {
                    if (termText == null || termText.isBlank()) {
                        problem(file, termLine, "a term of concept '" + key + "' has no text");
                    } else if (termStatus == null) {
                        problem(file, termLine, "term '" + termText + "' has no administrativeStatus (preferredTerm-admn-sts, admittedTerm-admn-sts or deprecatedTerm-admn-sts)");
                    } else {
                        terms.add(new Term(language, termText.strip(), termType == null ? TermType.FULL_FORM : termType, termStatus,
                                note == null || note.isBlank() ? null : note.strip()));
                    }
                    termText = null;
                    termType = null;
                    termStatus = null;
                    note = null;
                } else if ("langSec".equals(name)) {
                    language = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = reader.getLocalName();
            String type = reader.getAttributeValue(null, "type");
            int elementLine = line(reader);
            switch (name) {
                case "langSec" -> language = reader.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
                case "termSec" -> termLine = elementLine;
                case "term" -> {
                    termText = reader.getElementText();
                    depth--;
                }
                case "note" -> {
                    note = reader.getElementText();
                    depth--;
                }
                case "termNote" -> {
                    String value = reader.getElementText().strip();
                    depth--;
                    if ("termType".equals(type)) {
                        termType = TermType.fromTbx(value);
                        if (termType == null) {
                            problem(file, elementLine, "unknown termType '" + value + "' (fullForm, acronym, abbreviation, variant)");
                        }
                    } else if ("administrativeStatus".equals(type)) {
                        termStatus = TermStatus.fromTbx(value);
                        if (termStatus == null) {
                            problem(file, elementLine, "unknown administrativeStatus '" + value + "'");
                        }
                    }
                }
                case "descrip" -> {
                    String value = reader.getElementText().strip();
                    depth--;
                    if ("subjectField".equals(type)) {
                        subject = value;
                    } else if ("legalReference".equals(type)) {
                        references.add(value);
                        if (!LegalReference.isValid(value)) {
                            problem(file, elementLine, "'" + value + "' is not a legal reference like 'ETS185 Art. 16'");
                        }
                    } else if ("definition".equals(type) && language != null) {
                        definitions.put(language, value);
                    }
                }
                case "admin" -> {
                    String value = reader.getElementText().strip();
                    depth--;
                    if ("source".equals(type) && language != null) {
                        sources.put(language, value);
                    }
                }
                case "ref" -> {
                    if ("crossReference".equals(type)) {
                        related.add(reader.getAttributeValue(null, "target"));
                    }
                }
                default -> {
                    // data categories we do not use are skipped
                }
            }
        }
        return check(file, line, key, subject, references, related, definitions, sources, terms);
    }

    private Concept check(String file, int line, String key, String subject, List<String> references, List<String> related,
            Map<String, String> definitions, Map<String, String> sources, List<Term> terms) {
        int before = problems.size();
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problem(file, line, "concept id '" + key + "' must be lower-case letters, digits and hyphens");
            return null;
        }
        if (conceptFiles.containsKey(key)) {
            problem(file, line, "duplicate concept id '" + key + "' (also in " + conceptFiles.get(key) + ")");
            return null;
        }
        conceptFiles.put(key, file);
        conceptLines.put(key, line);
        if (subject == null || !SubjectFields.ALL.contains(subject)) {
            problem(file, line, "concept '" + key + "' needs a subjectField, one of " + SubjectFields.ALL);
        }
        Set<String> languages = new java.util.TreeSet<>();
        terms.forEach(t -> languages.add(t.language()));
        languages.addAll(definitions.keySet());
        for (String required : REQUIRED_LANGUAGES) {
            if (!languages.contains(required)) {
                problem(file, line, "concept '" + key + "' has no '" + required + "' language section");
            }
        }
        for (String language : languages) {
            long preferred = terms.stream().filter(t -> t.language().equals(language) && t.status() == TermStatus.PREFERRED).count();
            if (preferred != 1) {
                problem(file, line, "concept '" + key + "' needs exactly one preferred term in '" + language + "' (found " + preferred + ")");
            }
            if (definitions.getOrDefault(language, "").isBlank()) {
                problem(file, line, "concept '" + key + "' has no definition in '" + language + "'");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Concept(0, 0, key, subject, references, related, new LocalizedText(definitions), new LocalizedText(sources), terms);
    }

    private void problem(String file, Integer line, String reason) {
        problems.add(new FileProblem(file, line == null ? 0 : line, reason));
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
    }
}
