package org.cyberbench.glossary.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Analysis per language. {@code term.xx} and {@code def.xx} fields are stemmed with stop words
 * removed and accents folded, so "preuves electroniques" meets "preuve électronique";
 * {@code fold.xx} fields are only lower-cased and folded, for prefix (search-as-you-type) and fuzzy
 * (typo) matching on whole words.
 */
public final class Analyzers {

    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private Analyzers() {
    }

    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String language : LANGUAGES) {
            fields.put("term." + language, stemmed(language));
            fields.put("def." + language, stemmed(language));
            fields.put("fold." + language, folded());
        }
        return new PerFieldAnalyzerWrapper(folded(), fields);
    }

    static Analyzer stemmed(String language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
                if (language.equals("en")) {
                    stream = new EnglishPossessiveFilter(stream);
                }
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stopWords(language));
                stream = new ASCIIFoldingFilter(stream);
                stream = switch (language) {
                    case "fr" -> new FrenchLightStemFilter(stream);
                    case "es" -> new SpanishLightStemFilter(stream);
                    default -> new PorterStemFilter(stream);
                };
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static CharArraySet stopWords(String language) {
        return switch (language) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            default -> SpanishAnalyzer.getDefaultStopSet();
        };
    }

    /** The tokens an analyzer makes of a text (at most {@code max}). */
    static List<String> tokens(Analyzer analyzer, String field, String text, int max) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < max) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The whole text lower-cased and folded, for exact matching of a term. */
    static String normalise(String text) {
        return String.join(" ", tokens(folded(), "exact", text, 50));
    }
}
