package org.cyberbench.glossary.internal;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.cyberbench.shared.FileProblem;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;

/**
 * The published ISO Schematron rules of the TBX dialects we carry (TBX-Basic and TBX-Min, DCA style),
 * compiled once with SchXslt and run with Saxon. Schematron reports where a rule failed as an XPath;
 * the file is parsed with line numbers so each failure is given its line.
 */
@Component
public class TbxDialectRules {

    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final Map<String, String> RULES = Map.of(
            "TBX-Basic", "/tbx/TBX-Basic_DCA.sch",
            "TBX-Min", "/tbx/TBX-Min_DCA.sch");

    private final Processor saxon = new Processor(false);
    /** Compiled on first use: most starts never import a file. */
    private final Map<String, XsltExecutable> compiled = new ConcurrentHashMap<>();

    /** Whether this dialect's own rules are checked (else only the core structure is). */
    public static boolean knows(String dialect) {
        return dialect != null && RULES.containsKey(dialect);
    }

    /** The failed rules of a dialect for one file, each with its line; empty for a dialect we have no rules for. */
    public List<FileProblem> check(String file, String dialect, byte[] bytes) {
        if (!knows(dialect)) {
            return List.of();
        }
        XsltExecutable rules = compiled.computeIfAbsent(dialect, d -> compile(RULES.get(d)));
        try {
            DocumentBuilder builder = saxon.newDocumentBuilder();
            builder.setLineNumbering(true);
            XdmNode document = builder.build(new SAXSource(SafeXml.sax(), new InputSource(new ByteArrayInputStream(bytes))));
            XdmDestination report = new XdmDestination();
            rules.load30().applyTemplates(document, report);
            XPathCompiler xpath = saxon.newXPathCompiler();
            xpath.declareNamespace("svrl", SVRL);
            List<FileProblem> problems = new ArrayList<>();
            for (XdmItem failed : xpath.evaluate("//svrl:failed-assert | //svrl:successful-report", report.getXdmNode())) {
                if (problems.size() >= TbxSchemaValidator.MAX_ERRORS) {
                    break;
                }
                XdmNode node = (XdmNode) failed;
                String text = xpath.evaluateSingle("normalize-space(svrl:text)", node).getStringValue();
                String location = node.getAttributeValue(new net.sf.saxon.s9api.QName("location"));
                problems.add(new FileProblem(file, line(document, location), "not valid " + dialect + ": " + text));
            }
            return problems;
        } catch (SaxonApiException e) {
            return List.of(new FileProblem(file, 0, "not valid " + dialect + ": " + e.getMessage()));
        }
    }

    private int line(XdmNode document, String location) {
        if (location == null || location.isBlank()) {
            return 0;
        }
        try {
            XdmValue found = saxon.newXPathCompiler().evaluate(location, document);
            return found.size() > 0 && found.itemAt(0) instanceof XdmNode node ? Math.max(0, node.getLineNumber()) : 0;
        } catch (SaxonApiException e) {
            return 0;
        }
    }

    private XsltExecutable compile(String resource) {
        URL schema = TbxDialectRules.class.getResource(resource);
        URL pipeline = TbxDialectRules.class.getResource("/xslt/2.0/pipeline-for-svrl.xsl");
        if (schema == null || pipeline == null) {
            throw new IllegalStateException("Schematron " + resource + " or the SchXslt compiler is missing from the application");
        }
        try {
            XsltCompiler compiler = saxon.newXsltCompiler();
            XdmDestination validator = new XdmDestination();
            compiler.compile(new StreamSource(pipeline.toExternalForm())).load30()
                    .transform(new StreamSource(schema.toExternalForm()), validator);
            return compiler.compile(validator.getXdmNode().asSource());
        } catch (SaxonApiException e) {
            throw new IllegalStateException("The Schematron " + resource + " could not be compiled", e);
        }
    }
}
