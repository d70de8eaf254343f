package org.cyberbench.glossary.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryChanged;
import org.cyberbench.glossary.GlossaryQuery;
import org.cyberbench.glossary.SearchHit;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the Lucene index in step with the database: rebuilt when missing or stale, updated after
 * every committed change, and turns index hits into highlighted results.
 */
@Component
public class GlossarySearchEngine {

    private final ConceptRepository concepts;
    private final GlossaryIndex index;

    GlossarySearchEngine(ConceptRepository concepts, @Value("${cyberbench.data-dir}") Path dataDir) {
        this.concepts = concepts;
        this.index = new GlossaryIndex(dataDir.resolve("index").resolve("glossary"));
    }

    /** Rebuilds the index from the database when it was built from another state (or never). */
    @Transactional(readOnly = true)
    public boolean rebuildIfStale() {
        String fingerprint = concepts.fingerprint();
        if (fingerprint.equals(index.fingerprint())) {
            return false;
        }
        index.rebuild(concepts.findAllWithTerms().stream().map(ConceptEntity::toRecord).toList(), fingerprint);
        return true;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void onChange(GlossaryChanged event) {
        index.update(concepts.findByKeyIn(event.keys()).stream().map(ConceptEntity::toRecord).toList(),
                concepts.fingerprint());
    }

    public List<String> search(GlossaryQuery query) {
        return index.search(query);
    }

    public int indexedConcepts() {
        return index.size();
    }

    /** The concept's term that best matches what was typed, with the match marked. */
    public SearchHit hit(Concept concept, GlossaryQuery query) {
        String text = query.text() == null ? "" : query.text();
        List<String> tokens = Analyzers.tokens(Analyzers.folded(), "fold", text, 8);
        String typed = String.join(" ", tokens);
        Term best = concept.terms().stream()
                .filter(t -> query.language() == null || t.language().equals(query.language()))
                .max(Comparator.comparingInt((Term t) -> score(t, typed, tokens))
                        .thenComparing(t -> t.status() == TermStatus.PREFERRED))
                .orElse(concept.terms().getFirst());
        return new SearchHit(concept, best, Highlighter.mark(best.text(), tokens));
    }

    private static int score(Term term, String typed, List<String> tokens) {
        String folded = Analyzers.normalise(term.text());
        if (folded.equals(typed)) {
            return 100;
        }
        int score = 0;
        for (String token : tokens) {
            for (String word : folded.split(" ")) {
                if (word.equals(token)) {
                    score += 10;
                } else if (word.startsWith(token)) {
                    score += 5;
                }
            }
        }
        return score;
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
