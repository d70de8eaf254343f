package org.cyberbench.glossary.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.cyberbench.course.LessonTextDecorator;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryChanged;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.glossary.TermType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links glossary terms in lesson text: the first occurrence of each concept per lesson, in the
 * lesson's language, longest term first, whole words only (acronyms case-sensitive), never inside a
 * heading, a link or code. The link's title shows the definition as a tooltip.
 */
@Component
class GlossaryLessonLinker implements LessonTextDecorator {

    record Entry(String text, String key, String definition, boolean caseSensitive) {
    }

    private final ConceptRepository concepts;
    private final Map<String, List<Entry>> byLanguage = new ConcurrentHashMap<>();

    GlossaryLessonLinker(ConceptRepository concepts) {
        this.concepts = concepts;
    }

    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    @EventListener
    void forget(GlossaryChanged event) {
        byLanguage.clear();
        generation.incrementAndGet();
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public void decorate(Node document, String language) {
        List<Entry> entries = byLanguage.computeIfAbsent(language, this::load);
        if (entries.isEmpty()) {
            return;
        }
        Set<String> linked = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Heading heading) {
                // no links in headings
            }

            @Override
            public void visit(Link link) {
                // already a link
            }

            @Override
            public void visit(Code code) {
                // code stays as written
            }
        });
        for (Text text : texts) {
            link(text, entries, linked);
        }
    }

    private void link(Text node, List<Entry> entries, Set<String> linked) {
        String literal = node.getLiteral();
        String lower = literal.toLowerCase(Locale.ROOT);
        int bestAt = -1;
        Entry best = null;
        for (Entry entry : entries) {
            if (linked.contains(entry.key())) {
                continue;
            }
            int at = find(entry.caseSensitive() ? literal : lower, entry.caseSensitive() ? entry.text() : entry.text().toLowerCase(Locale.ROOT));
            if (at >= 0 && (bestAt < 0 || at < bestAt || (at == bestAt && entry.text().length() > best.text().length()))) {
                bestAt = at;
                best = entry;
            }
        }
        if (best == null) {
            return;
        }
        linked.add(best.key());
        String before = literal.substring(0, bestAt);
        String match = literal.substring(bestAt, bestAt + best.text().length());
        String after = literal.substring(bestAt + best.text().length());
        Link link = new Link("glossary/" + best.key(), best.definition());
        link.appendChild(new Text(match));
        node.setLiteral(before);
        node.insertAfter(link);
        if (!after.isEmpty()) {
            Text rest = new Text(after);
            link.insertAfter(rest);
            link(rest, entries, linked);
        }
    }

    /** The first whole-word occurrence of a term in a text, or -1. */
    static int find(String text, String term) {
        int from = 0;
        while ((from = text.indexOf(term, from)) >= 0) {
            int end = from + term.length();
            boolean startOk = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return from;
            }
            from = end;
        }
        return -1;
    }

    private List<Entry> load(String language) {
        List<Entry> entries = new ArrayList<>();
        for (ConceptEntity entity : concepts.findAllWithTerms()) {
            Concept concept = entity.toRecord();
            String definition = concept.definitions().get(language);
            if (definition.length() > 300) {
                definition = definition.substring(0, 297) + "…";
            }
            for (Term term : concept.terms(language)) {
                if (term.status() != TermStatus.DEPRECATED && term.text().length() >= 3) {
                    entries.add(new Entry(term.text(), concept.key(), definition, term.type() == TermType.ACRONYM));
                }
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.text().length()).reversed());
        return List.copyOf(entries);
    }
}
