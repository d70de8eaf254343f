package org.cyberbench.glossary.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryQuery;
import org.cyberbench.glossary.TermStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the glossary, one document per concept, in the data directory. The database
 * is the source of truth: the index remembers the database fingerprint it was built from and is
 * rebuilt when it is missing or stale. Queries are built from analysed tokens, never parsed, so no
 * input can be a syntax error.
 */
public final class GlossaryIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GlossaryIndex.class);
    private static final String FINGERPRINT = "fingerprint";
    /** The fields and analysis documents are written with: an index written otherwise is rebuilt. */
    private static final String LAYOUT = "layout";
    private static final String CURRENT_LAYOUT = "3";
    private static final int MAX_TOKENS = 8;
    /** Terms a misspelt word may stand for (Lucene's default is 50; the best few are what a reader wants). */
    private static final int FUZZY_EXPANSIONS = 20;
    /** The field with every language's terms, where typos are looked for when no language is asked for. */
    private static final String ANY_LANGUAGE = "*";
    /** Boost of a term that starts with the words typed, by how many words follow (the last entry: that many or more). */
    private static final float[] LEAD_BOOSTS = {0, 30, 22, 16, 12};

    private final Directory directory;
    private final Analyzer analyzer = Analyzers.perField();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The languages the index has terms in: a query in no particular language looks in each. */
    private volatile List<String> languages = List.of();

    public GlossaryIndex(Path path) {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit();
            searchers = new SearcherManager(writer, null);
            refreshLanguages();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the glossary index in " + path, e);
        }
    }

    /** The database fingerprint the index was last built or updated from. */
    public String fingerprint() {
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        return CURRENT_LAYOUT.equals(data.get(LAYOUT)) ? data.getOrDefault(FINGERPRINT, "") : "";
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    public synchronized void rebuild(Collection<Concept> concepts, String fingerprint) {
        try {
            long started = System.nanoTime();
            writer.deleteAll();
            for (Concept concept : concepts) {
                writer.addDocument(document(concept));
            }
            writer.forceMerge(1); // one segment: every query looks each word up once, not once per segment
            commit(fingerprint);
            log.info("Glossary index rebuilt: {} concepts in {} ms", concepts.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void update(Collection<Concept> concepts, String fingerprint) {
        try {
            for (Concept concept : concepts) {
                writer.updateDocument(new Term("key", concept.key()), document(concept));
            }
            commit(fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of the best matching concepts, best first. */
    public List<String> search(GlossaryQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > GlossaryQuery.MAX_LENGTH) {
            text = text.substring(0, GlossaryQuery.MAX_LENGTH);
        }
        List<String> folded = Analyzers.tokens(Analyzers.folded(), "fold", text, MAX_TOKENS);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> languages = query.language() == null ? this.languages : List.of(query.language());
        List<String> found = run(query, build(query, text, folded, languages, 0));
        // Typos are forgiven only when the words as typed match nothing, one typo a word before two:
        // fuzzy matching is the costly part, and most slips are a single letter.
        for (int typos = 1; found.isEmpty() && typos <= 2; typos++) {
            Query lucene = build(query, text, folded, languages, typos);
            found = lucene == null ? List.of() : run(query, lucene);
        }
        return found;
    }

    /** The query for the words typed, forgiving up to {@code typos} per word (0: none); null when that adds nothing. */
    private static Query build(GlossaryQuery query, String text, List<String> folded, List<String> languages, int typos) {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        String exact = String.join(" ", folded);
        for (String language : languages) {
            // The whole term as typed beats everything else, a preferred term before an admitted one.
            anyLanguage.add(boost(new ConstantScoreQuery(new TermQuery(new Term("exact." + language, exact))), 50), Occur.SHOULD);
            anyLanguage.add(boost(new ConstantScoreQuery(new TermQuery(new Term("pref." + language, exact))), 20), Occur.SHOULD);
            // A term that starts with the words typed beats one that only contains them, the shorter the better:
            // "perquisition" finds "perquisition informatique" before "perquisition à distance" and "extension de la perquisition".
            for (int rest = 1; rest < LEAD_BOOSTS.length; rest++) {
                anyLanguage.add(boost(new ConstantScoreQuery(new TermQuery(new Term("lead." + language, exact + "|" + rest))),
                        LEAD_BOOSTS[rest]), Occur.SHOULD);
            }
            List<String> stems = Analyzers.tokens(Analyzers.stemmed(language), "term", text, MAX_TOKENS);
            if (!stems.isEmpty()) {
                anyLanguage.add(boost(all("term." + language, stems), 6), Occur.SHOULD);
                anyLanguage.add(boost(all("def." + language, stems), 0.5f), Occur.SHOULD);
            }
            anyLanguage.add(boost(prefix("fold." + language, folded), 3), Occur.SHOULD);
        }
        if (typos > 0) {
            // Typos once over the terms of every language asked for, not once a language: the automaton
            // of each misspelt word is the costly part of a forgiving query.
            String field = languages.size() == 1 ? languages.getFirst() : ANY_LANGUAGE;
            Query forgiving = fuzzy("fold." + field, folded, typos);
            if (forgiving == null) {
                return null;
            }
            anyLanguage.add(boost(forgiving, 1), Occur.SHOULD);
            // words run together ("rednotice", "bulkdata collection"): the term with its spaces left out
            anyLanguage.add(boost(new PrefixQuery(new Term("squashed." + field, String.join("", folded))), 1), Occur.SHOULD);
        }
        BooleanQuery.Builder root = new BooleanQuery.Builder().add(anyLanguage.build(), Occur.MUST);
        if (query.subjectField() != null) {
            root.add(new TermQuery(new Term("subject", query.subjectField())), Occur.FILTER);
        }
        if (query.language() != null) {
            root.add(new TermQuery(new Term("lang", query.language())), Occur.FILTER);
        }
        return root.build();
    }

    private List<String> run(GlossaryQuery query, Query lucene) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return keys(searcher, searcher.search(lucene, Math.max(1, query.limit())).scoreDocs);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The concept keys of the hits, best first, from doc values: reading them from stored fields meant
     * decompressing a block of documents per hit, a quarter of a query's time.
     */
    private static List<String> keys(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc)); // doc values are read forwards only
        Map<Integer, String> keyOf = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedDocValues values = null;
        int leaf = -1;
        for (ScoreDoc hit : byDoc) {
            int at = ReaderUtil.subIndex(hit.doc, leaves);
            if (at != leaf) {
                leaf = at;
                values = DocValues.getSorted(leaves.get(at).reader(), "key");
            }
            if (values.advanceExact(hit.doc - leaves.get(at).docBase)) {
                keyOf.put(hit.doc, values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        List<String> keys = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            keys.add(keyOf.get(hit.doc));
        }
        return keys;
    }

    private static Query all(String field, List<String> tokens) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        tokens.forEach(token -> all.add(new TermQuery(new Term(field, token)), Occur.MUST));
        return all.build();
    }

    /** Every word typed, the last one possibly unfinished: search as you type. */
    private static Query prefix(String field, List<String> tokens) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size() - 1; i++) {
            words.add(new TermQuery(new Term(field, tokens.get(i))), Occur.MUST);
        }
        words.add(new PrefixQuery(new Term(field, tokens.getLast())), Occur.MUST);
        return words.build();
    }

    /**
     * The words within {@code typos} edits each: none for words of one or two letters, two only for
     * words of eight letters or more. With three words or more, one may be missing or beyond repair
     * ("principle o legality"). Null when no word may have that many edits.
     */
    private static Query fuzzy(String field, List<String> tokens, int typos) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        boolean forgiving = false;
        for (String token : tokens) {
            int edits = Math.min(typos, token.length() >= 8 ? 2 : token.length() >= 3 ? 1 : 0);
            if (edits == 0) {
                words.add(new TermQuery(new Term(field, token)), Occur.SHOULD);
            } else {
                words.add(new FuzzyQuery(new Term(field, token), edits, 1, FUZZY_EXPANSIONS, true), Occur.SHOULD);
                forgiving |= edits == typos;
            }
        }
        words.setMinimumNumberShouldMatch(tokens.size() < 3 ? tokens.size() : tokens.size() - 1);
        return forgiving ? words.build() : null;
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    private Document document(Concept concept) {
        Document document = new Document();
        document.add(new StringField("key", concept.key(), Field.Store.NO));
        document.add(new SortedDocValuesField("key", new BytesRef(concept.key())));
        if (concept.subjectField() != null) {
            document.add(new StringField("subject", concept.subjectField(), Field.Store.NO));
        }
        for (String language : concept.languages()) {
            document.add(new StringField("lang", language, Field.Store.NO));
            for (var term : concept.terms(language)) {
                document.add(new TextField("term." + language, term.text(), Field.Store.NO));
                document.add(new TextField("fold." + language, term.text(), Field.Store.NO));
                document.add(new TextField("fold." + ANY_LANGUAGE, term.text(), Field.Store.NO));
                document.add(new StringField("exact." + language, Analyzers.normalise(term.text()), Field.Store.NO));
                String squashed = String.join("", Analyzers.tokens(Analyzers.folded(), "squashed", term.text(), 50));
                document.add(new StringField("squashed." + language, squashed, Field.Store.NO));
                document.add(new StringField("squashed." + ANY_LANGUAGE, squashed, Field.Store.NO));
                List<String> words = Analyzers.tokens(Analyzers.folded(), "lead", term.text(), 50);
                for (int i = 1; i < words.size() && i <= MAX_TOKENS; i++) {
                    int rest = Math.min(words.size() - i, LEAD_BOOSTS.length - 1);
                    document.add(new StringField("lead." + language, String.join(" ", words.subList(0, i)) + "|" + rest, Field.Store.NO));
                }
                if (term.status() == TermStatus.PREFERRED) {
                    document.add(new StringField("pref." + language, Analyzers.normalise(term.text()), Field.Store.NO));
                }
            }
            if (concept.definitions().has(language)) {
                document.add(new TextField("def." + language, concept.definitions().values().get(language), Field.Store.NO));
            }
        }
        return document;
    }

    private void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint, LAYOUT, CURRENT_LAYOUT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        refreshLanguages();
    }

    private void refreshLanguages() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> found = new ArrayList<>();
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), "lang");
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    found.add(term.utf8ToString());
                }
            }
            languages = List.copyOf(found);
        } finally {
            searchers.release(searcher);
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new java.util.HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
