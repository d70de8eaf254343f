package org.cyberbench.course;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns lesson Markdown into safe HTML: raw HTML in the text is escaped, unsafe link schemes are
 * dropped, the result is cleaned against an allow-list, {@code lesson:} links become links into the
 * learner's course, and every {@link LessonTextDecorator} (the glossary) gets its turn first.
 * The same text is rendered once and kept (bounded) until a decorator changes its mind: every
 * learner reads the same lessons, and every phone of a scenario the same phase.
 */
@Component
public class LessonRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addAttributes("a", "title", "class", "data-term")
            .addAttributes("abbr", "title")
            .addAttributes(":all", "class")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);
    /** Only to validate relative links (lessons, glossary); they stay relative in the output. */
    private static final String BASE = "https://cyberbench.invalid/";

    /** Where a {@code lesson:} link points in the kept HTML, until it is given the learner's own address. */
    private static final String LESSON_LINK = "cyberbench-lesson-link/";
    private static final Pattern LESSON_HREF = Pattern.compile("href=\"" + Pattern.quote(LESSON_LINK) + "([^\"]*)\"");

    private record Key(String markdown, String language, long generation) {
    }

    private final List<LessonTextDecorator> decorators;
    private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumWeight(32L << 20)
            .<Key, String>weigher((key, html) -> key.markdown().length() + html.length()).build();

    public LessonRenderer(List<LessonTextDecorator> decorators) {
        this.decorators = decorators;
    }

    /**
     * @param lessonHref maps {@code module/lesson} to the address of that lesson for this learner
     */
    public String toHtml(String markdown, String language, Function<String, String> lessonHref) {
        long generation = decorators.stream().mapToLong(LessonTextDecorator::generation).sum();
        String html = rendered.get(new Key(markdown == null ? "" : markdown, language, generation),
                key -> render(key.markdown(), key.language()));
        if (!html.contains(LESSON_LINK)) {
            return html;
        }
        Matcher links = LESSON_HREF.matcher(html);
        return links.replaceAll(link -> Matcher.quoteReplacement("href=\"" + org.jsoup.nodes.Entities.escape(lessonHref.apply(
                org.jsoup.parser.Parser.unescapeEntities(link.group(1), true))) + "\""));
    }

    private String render(String markdown, String language) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith("lesson:")) {
                    link.setDestination(LESSON_LINK + link.getDestination().substring("lesson:".length()));
                }
                visitChildren(link);
            }
        });
        decorators.forEach(d -> d.decorate(document, language));
        return Jsoup.clean(RENDERER.render(document), BASE, SAFE, output());
    }

    /** Plain text (for notes written by users): Markdown is rendered but any HTML in it is shown as text. */
    public String userTextToHtml(String markdown) {
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)), "", Safelist.basic(), output());
    }

    /**
     * HTML as written, with every character beyond Latin-1 (’ … – €) as a character reference: Java then
     * keeps the text at one byte a character instead of two, and so does Vaadin's copy of the last
     * response sent to each open page, which holds the lesson. Browsers show the same text.
     */
    private static org.jsoup.nodes.Document.OutputSettings output() {
        return new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
