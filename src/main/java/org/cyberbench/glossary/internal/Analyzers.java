package org.cyberbench.glossary.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DutchStemmer;
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

    /** Languages with a stemmer of their own; terms in any other language are matched folded, word by word. */
    static final List<String> STEMMED = List.of("en", "fr", "es", "de", "it", "pt", "nl");

    private static final Analyzer FOLDED = createFolded();
    private static final Map<String, Analyzer> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Analyzers() {
    }

    /** {@code term.xx} and {@code def.xx} fields are analysed for language xx, every other field folded. */
    static Analyzer perField() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                if (field.startsWith("term.") || field.startsWith("def.")) {
                    return stemmed(field.substring(field.indexOf('.') + 1));
                }
                return FOLDED;
            }
        };
    }

    /** The analyzer for a language tag ("pt-BR" is analysed as Portuguese); folded only when we have no stemmer. */
    static Analyzer stemmed(String tag) {
        int dash = tag.indexOf('-');
        String language = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
        return STEMMED.contains(language) ? BY_LANGUAGE.computeIfAbsent(language, Analyzers::createStemmed) : FOLDED;
    }

    private static Analyzer createStemmed(String language) {
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
                    case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(stream));
                    case "it" -> new ItalianLightStemFilter(stream);
                    case "pt" -> new PortugueseLightStemFilter(stream);
                    case "nl" -> new SnowballFilter(stream, new DutchStemmer());
                    default -> new PorterStemFilter(stream);
                };
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    static Analyzer folded() {
        return FOLDED;
    }

    private static Analyzer createFolded() {
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
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
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
