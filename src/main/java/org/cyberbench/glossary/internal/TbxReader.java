package org.cyberbench.glossary.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cyberbench.course.LegalReference;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.glossary.TermType;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.shared.LocalizedText;

/**
 * Reads TBX files into concepts: TBX v3 (ISO 30042:2019; {@code tbx} root with
 * {@code conceptEntry/langSec/termSec}, DCA or DCT style, any dialect) and TBX v2 ({@code martif} root
 * with {@code termEntry/langSet/tig|ntig}). Files are read as bytes, so a byte-order mark and the
 * declared encoding are honoured. A DOCTYPE is accepted and never followed; a DOCTYPE that declares
 * entities is refused (external entities, entity bombs). Any language is kept, definitions, subject
 * fields and statuses are optional, and data categories the glossary does not keep are counted in a
 * warning. Problems (the file is refused) and warnings (it is not) carry file and line.
 */
public final class TbxReader {

    /** ISO 30042:2019, the published TBX v3. */
    public static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    /** The namespace of the 2017–2018 drafts of TBX v3, still found in files from that time. */
    public static final String DRAFT_NAMESPACE = "urn:iso:std:iso:30042:ed:3.0";
    static final Set<String> TBX_NAMESPACES = Set.of(NAMESPACE, DRAFT_NAMESPACE, "urn:iso:std:iso:30042:ed-1", "");
    private static final Pattern KEY = Pattern.compile(GlossaryService.KEY_PATTERN);
    static final int MAX_TERM_LENGTH = 300;
    static final int MAX_SUBJECT_LENGTH = 255;

    /**
     * What a file is: its TBX version, dialect ({@code type} attribute), style and namespace, and whether it
     * was well-formed (a schema can only judge a file that was), for the preview and the validator.
     */
    public record FileInfo(String file, int version, String dialect, String style, String namespace, boolean wellFormed) {
    }

    private final List<FileProblem> problems = new ArrayList<>();
    private final List<FileProblem> warnings = new ArrayList<>();
    private final List<FileInfo> files = new ArrayList<>();
    private final Map<String, String> conceptFiles = new HashMap<>();
    private final Map<String, Integer> conceptLines = new HashMap<>();
    /** Term ids (TBX cross-references may point at a term) to the key of their concept. */
    private final Map<String, String> termOwners = new HashMap<>();
    private final Set<String> generatedKeys = new HashSet<>();

    /** Reads all files (name to bytes); {@link #problems()} tells whether they are acceptable. */
    public List<Concept> read(Map<String, byte[]> input) {
        List<Concept> concepts = new ArrayList<>();
        new TreeMap<>(input).forEach((file, bytes) -> concepts.addAll(readFile(file, bytes)));
        return concepts;
    }

    public List<FileProblem> problems() {
        return List.copyOf(problems);
    }

    public List<FileProblem> warnings() {
        return List.copyOf(warnings);
    }

    public List<FileInfo> files() {
        return List.copyOf(files);
    }

    /**
     * Points cross-references at concept keys: a reference to a term becomes one to its concept, and one
     * to a concept neither in this import nor in the glossary is dropped with a warning.
     */
    public List<Concept> resolveReferences(List<Concept> concepts, Set<String> existingKeys) {
        Set<String> keys = new HashSet<>(existingKeys);
        concepts.forEach(c -> keys.add(c.key()));
        List<Concept> resolved = new ArrayList<>(concepts.size());
        for (Concept concept : concepts) {
            List<String> related = new ArrayList<>();
            for (String target : concept.related()) {
                String key = keys.contains(target) ? target : termOwners.get(target);
                if (key == null) {
                    warning(conceptFiles.get(concept.key()), conceptLines.get(concept.key()),
                            "concept '" + concept.key() + "' refers to unknown concept '" + target + "'; that link is left out");
                } else if (!key.equals(concept.key()) && !related.contains(key)) {
                    related.add(key);
                }
            }
            resolved.add(related.equals(concept.related()) ? concept : new Concept(concept.id(), concept.version(), concept.key(),
                    concept.subjectField(), concept.legalReferences(), related, concept.definitions(), concept.sources(), concept.terms()));
        }
        return resolved;
    }

    private List<Concept> readFile(String file, byte[] bytes) {
        List<Concept> concepts = new ArrayList<>();
        Map<String, Integer> notKept = new TreeMap<>();
        FileInfo info = null;
        try {
            XMLStreamReader reader = SafeXml.stax(bytes);
            String rootLanguage = null;
            boolean root = true;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    if (declaresEntities(reader.getText())) {
                        problem(file, line(reader), "this file declares entities in its DOCTYPE; TBX files never need them and they can "
                                + "carry attacks (external entities, entity bombs), so the file is refused");
                        return List.of();
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (root) {
                    root = false;
                    int version = "tbx".equals(name) ? 3 : "martif".equals(name) ? 2 : 0;
                    if (version == 0 || !TBX_NAMESPACES.contains(nullToEmpty(reader.getNamespaceURI()))) {
                        problem(file, line(reader), "not a TBX file: the root element is <" + name + ">, expected <tbx> (TBX v3) or <martif> (TBX v2)");
                        return List.of();
                    }
                    info = new FileInfo(file, version, reader.getAttributeValue(null, "type"), reader.getAttributeValue(null, "style"),
                            nullToEmpty(reader.getNamespaceURI()), true);
                    String tag = language(reader);
                    rootLanguage = tag == null ? null : normaliseLanguage(tag);
                } else if ("tbxHeader".equals(name) || "martifHeader".equals(name) || "back".equals(name)) {
                    skip(reader);
                } else if ("conceptEntry".equals(name) || "termEntry".equals(name)) {
                    Concept concept = new EntryReader(file, reader, rootLanguage, notKept).read();
                    if (concept != null) {
                        concepts.add(concept);
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problem(file, line, "malformed XML: " + e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "").strip());
            if (info != null) {
                files.add(new FileInfo(file, info.version(), info.dialect(), info.style(), info.namespace(), false));
            }
            return List.of();
        }
        if (info != null) {
            files.add(info);
        }
        if (concepts.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(file))) {
            problem(file, 1, "no concept entry found (<conceptEntry> in TBX v3, <termEntry> in TBX v2)");
        }
        if (!notKept.isEmpty()) {
            StringBuilder list = new StringBuilder();
            notKept.forEach((category, count) -> list.append(list.isEmpty() ? "" : ", ").append(category).append(" (").append(count).append(')'));
            warning(file, 0, "data categories the glossary does not keep: " + list);
        }
        return concepts;
    }

    /** One concept entry, read to its end tag. */
    private final class EntryReader {

        private final String file;
        private final XMLStreamReader reader;
        private final String rootLanguage;
        private final Map<String, Integer> notKept;
        private final int line;
        private final String id;
        private String subject;
        private final List<String> references = new ArrayList<>();
        private final List<String> related = new ArrayList<>();
        private final Map<String, String> definitions = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final List<Term> terms = new ArrayList<>();
        private final List<String> termIds = new ArrayList<>();
        private String language;
        private TermDraft term;
        private boolean broken;

        EntryReader(String file, XMLStreamReader reader, String rootLanguage, Map<String, Integer> notKept) {
            this.file = file;
            this.reader = reader;
            this.rootLanguage = rootLanguage;
            this.notKept = notKept;
            this.line = line(reader);
            this.id = reader.getAttributeValue(null, "id");
        }

        Concept read() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    end(reader.getLocalName());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (start()) {
                        depth++;
                    }
                }
            }
            return broken ? null : concept();
        }

        /** Handles an element; false when it was read to its end already. */
        private boolean start() throws XMLStreamException {
            String name = reader.getLocalName();
            String namespace = nullToEmpty(reader.getNamespaceURI());
            int at = line(reader);
            if (!TBX_NAMESPACES.contains(namespace)) {
                // DCT style: the element is the data category, in its module's namespace.
                category(name, reader.getAttributeValue(null, "target"), at);
                return false;
            }
            switch (name) {
                case "langSec", "langSet" -> language = entryLanguage(at);
                case "termSec", "tig", "ntig" -> term = new TermDraft(at, reader.getAttributeValue(null, "id"));
                case "term" -> {
                    String text = text(reader);
                    if (term != null) {
                        term.text = text;
                    } else {
                        fail(at, "the term '" + text.strip() + "' is not inside a <termSec> (TBX v3) or <tig>/<ntig> (TBX v2)");
                    }
                    return false;
                }
                case "descrip", "admin", "termNote", "ref", "xref", "transac", "date", "descripNote", "adminNote",
                        "transacNote" -> {
                    String type = reader.getAttributeValue(null, "type");
                    category(type == null ? name : type, reader.getAttributeValue(null, "target"), at);
                    return false;
                }
                case "note" -> {
                    String text = text(reader).strip();
                    if (term != null && !text.isEmpty()) {
                        term.note = term.note == null ? text : term.note + " " + text;
                    } else if (!text.isEmpty()) {
                        notKept("note outside a term");
                    }
                    return false;
                }
                default -> {
                    // groups (descripGrp, adminGrp, termNoteGrp, termGrp, transacGrp) only hold the categories read above
                }
            }
            return true;
        }

        private void end(String name) {
            switch (name) {
                case "termSec", "tig", "ntig" -> {
                    finishTerm();
                    term = null;
                }
                case "langSec", "langSet" -> language = null;
                default -> {
                    // nothing to close
                }
            }
        }

        private void category(String category, String target, int at) throws XMLStreamException {
            String value = text(reader).strip();
            switch (category) {
                case "subjectField" -> {
                    if (value.length() > MAX_SUBJECT_LENGTH) {
                        fail(at, "the subject field of concept '" + id + "' is longer than " + MAX_SUBJECT_LENGTH + " characters");
                    } else if (subject == null && !value.isEmpty()) {
                        subject = value;
                    }
                }
                case "definition" -> {
                    String of = language != null ? language : rootLanguage;
                    if (of == null) {
                        warning(file, at, "a definition of concept '" + id + "' has no language and is left out");
                    } else if (!value.isEmpty()) {
                        definitions.putIfAbsent(of, value);
                    }
                }
                case "source" -> {
                    if (language != null && term == null && !value.isEmpty()) {
                        sources.putIfAbsent(language, value);
                    } else {
                        notKept(term != null ? "source of a term" : "source");
                    }
                }
                case "legalReference" -> {
                    if (!LegalReference.isValid(value)) {
                        fail(at, "'" + value + "' is not a legal reference like 'ETS185 Art. 16'");
                    } else if (!references.contains(value)) {
                        references.add(value);
                    }
                }
                case "externalCrossReference" -> {
                    if (LegalReference.isValid(value) && !references.contains(value)) {
                        references.add(value);
                    } else if (!LegalReference.isValid(value)) {
                        notKept(category);
                    }
                }
                case "crossReference", "relatedConcept", "relatedTerm" -> {
                    String to = target != null && !target.isBlank() ? target.strip() : value;
                    if (!to.isEmpty()) {
                        related.add(to.startsWith("#") ? to.substring(1) : to);
                    }
                }
                case "termType" -> {
                    if (term == null) {
                        notKept("termType outside a term");
                    } else {
                        term.type = TermType.fromTbx(value);
                        if (term.type == null) {
                            warning(file, at, "termType '" + value + "' is not one of fullForm, acronym, abbreviation, shortForm, "
                                    + "variant, phrase; the term is kept without a type");
                        }
                    }
                }
                case "administrativeStatus" -> {
                    if (term == null) {
                        notKept("administrativeStatus outside a term");
                    } else {
                        term.status = TermStatus.fromTbx(value);
                        if (term.status == null) {
                            warning(file, at, "administrativeStatus '" + value + "' is not one we know; the term is kept without a status");
                        }
                    }
                }
                default -> notKept(category);
            }
        }

        private void finishTerm() {
            if (term == null) {
                return;
            }
            if (term.text == null || term.text.isBlank()) {
                fail(term.line, "a term of concept '" + id + "' has no text");
            } else if (term.text.strip().length() > MAX_TERM_LENGTH) {
                fail(term.line, "a term of concept '" + id + "' is longer than " + MAX_TERM_LENGTH + " characters");
            } else if (language == null) {
                if (!broken) {
                    // a language section with a bad xml:lang was reported already
                    fail(term.line, "term '" + term.text.strip() + "' is not inside a language section with xml:lang");
                }
            } else {
                terms.add(new Term(language, term.text.strip(), term.type, term.status, term.note));
                if (term.id != null) {
                    termIds.add(term.id);
                }
            }
        }

        private String entryLanguage(int at) {
            String tag = language(reader);
            if (tag == null) {
                fail(at, "a language section of concept '" + id + "' has no xml:lang");
                return null;
            }
            String normalised = normaliseLanguage(tag);
            if (normalised == null) {
                fail(at, "'" + tag + "' is not a language tag like 'en', 'fr' or 'pt-BR'");
            }
            return normalised;
        }

        private Concept concept() {
            if (terms.isEmpty()) {
                fail(line, "concept '" + id + "' has no term");
                return null;
            }
            String key = id;
            if (key == null || !KEY.matcher(key).matches()) {
                key = generatedKey();
                warning(file, line, (id == null ? "a concept has no id" : "the concept id '" + id + "' cannot be used in a link")
                        + "; it is stored as '" + key + "'");
            }
            if (conceptFiles.containsKey(key)) {
                problem(file, line, "duplicate concept id '" + key + "' (also in " + conceptFiles.get(key) + ")");
                return null;
            }
            conceptFiles.put(key, file);
            conceptLines.put(key, line);
            for (String termId : termIds) {
                termOwners.putIfAbsent(termId, key);
            }
            return new Concept(0, 0, key, subject, references, related, new LocalizedText(definitions), new LocalizedText(sources), terms);
        }

        private String generatedKey() {
            String base = Normalizer.normalize(terms.getFirst().text(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (base.isEmpty()) {
                base = "concept-" + line;
            }
            base = base.length() > 90 ? base.substring(0, 90) : base;
            String key = base;
            for (int n = 2; generatedKeys.contains(key) || conceptFiles.containsKey(key); n++) {
                key = base + "-" + n;
            }
            generatedKeys.add(key);
            return key;
        }

        private void notKept(String category) {
            notKept.merge(category, 1, Integer::sum);
        }

        private void fail(int at, String reason) {
            broken = true;
            problem(file, at, reason);
        }
    }

    private static final class TermDraft {
        final int line;
        final String id;
        String text;
        TermType type;
        TermStatus status;
        String note;

        TermDraft(int line, String id) {
            this.line = line;
            this.id = id;
        }
    }

    /** "en", "EN-gb", "pt_BR" become "en", "en-GB", "pt-BR"; null when it is no language tag. */
    static String normaliseLanguage(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static boolean declaresEntities(String doctype) {
        return doctype != null && doctype.contains("<!ENTITY");
    }

    /** The text of an element and its inline children ({@code <hi>}, …), read to its end tag. */
    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
        return text.toString();
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        text(reader);
    }

    private static String language(XMLStreamReader reader) {
        String value = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (value == null) {
            value = reader.getAttributeValue(null, "lang");
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private void problem(String file, Integer line, String reason) {
        problems.add(new FileProblem(file, line == null ? 0 : line, reason));
    }

    private void warning(String file, Integer line, String reason) {
        warnings.add(new FileProblem(file, line == null ? 0 : line, reason));
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
    }
}
