package org.cyberbench.glossary.internal;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cyberbench.shared.FileProblem;
import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates TBX v3 files against the published RELAX NG schema (with jing): the dialect's integrated
 * schema where we carry it (TBX-Basic, TBX-Min), else the TBX core structure; then, for a dialect we carry the
 * rules of, against the dialect's Schematron ({@link TbxDialectRules}).
 * Each error comes with its line, so a file is refused for its real fault. Only files that already
 * passed {@link TbxReader}'s safety checks get here, and the parser used never loads anything.
 */
@Component
public class TbxSchemaValidator {

    /** After this many errors in one file the rest are not listed. */
    static final int MAX_ERRORS = 50;

    private static final String CORE = "/tbx/TBXcoreStructV03.rng";
    /** Dialects whose integrated schema (the core with the dialect's data categories) we carry. */
    private static final Map<String, String> INTEGRATED = Map.of(
            "TBX-Basic", "/tbx/TBXcoreStructV03_TBX-Basic_integrated.rng",
            "TBX-Min", "/tbx/TBXcoreStructV03_TBX-Min_integrated.rng");

    private final TbxDialectRules dialects;
    /** Loaded on first use: most starts never import a file. */
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public TbxSchemaValidator(TbxDialectRules dialects) {
        this.dialects = dialects;
    }

    /** Problems of one TBX v3 file, empty when it is valid. */
    public List<FileProblem> validate(String file, String dialect, byte[] bytes) {
        String resource = INTEGRATED.getOrDefault(dialect == null ? "" : dialect, CORE);
        String prefix = resource.equals(CORE) ? "not valid TBX (core structure): " : "not valid " + dialect + ": ";
        List<FileProblem> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a file invalid
            }

            @Override
            public void error(SAXParseException e) {
                if (problems.size() < MAX_ERRORS) {
                    problems.add(new FileProblem(file, Math.max(0, e.getLineNumber()), prefix + e.getMessage()));
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                error(e);
                throw e;
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        Validator validator = schemas.computeIfAbsent(resource, TbxSchemaValidator::load).createValidator(properties.toPropertyMap());
        XMLReader reader = SafeXml.sax();
        reader.setContentHandler(validator.getContentHandler());
        reader.setDTDHandler(validator.getDTDHandler());
        reader.setErrorHandler(collect);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException e) {
            // already collected by the error handler
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problems.isEmpty()) {
            problems.addAll(dialects.check(file, dialect, bytes));
        }
        return problems;
    }

    private static Schema load(String resource) {
        URL url = TbxSchemaValidator.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("The TBX schema " + resource + " is missing from the application");
        }
        try {
            PropertyMapBuilder properties = new PropertyMapBuilder();
            properties.put(ValidateProperty.XML_READER_CREATOR, SafeXml::sax);
            return SAXSchemaReader.getInstance().createSchema(new InputSource(url.toExternalForm()), properties.toPropertyMap());
        } catch (IOException | SAXException | IncorrectSchemaException e) {
            throw new IllegalStateException("The TBX schema " + resource + " could not be loaded", e);
        }
    }
}
