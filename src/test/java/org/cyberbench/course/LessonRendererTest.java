package org.cyberbench.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LessonRendererTest {

    private final LessonRenderer renderer = new LessonRenderer(List.of());

    @Test
    void textBeyondLatin1IsKeptAsCharacterReferencesThatReadTheSame() {
        String markdown = "L’article 16 – conservation rapide… *et* « perquisition » à 10 € : Ω";

        String html = renderer.toHtml(markdown, "fr", target -> target);

        assertThat(html.chars()).allMatch(c -> c <= 0xFF);
        assertThat(Jsoup.parse(html).text()).isEqualTo("L’article 16 – conservation rapide… et « perquisition » à 10 € : Ω");
        assertThat(html).contains("<em>et</em>");
    }

    @Test
    void userTextIsShownAsTextWithItsCharactersIntact() {
        String html = renderer.userTextToHtml("Note du juge d’instruction <script>alert(1)</script>…");

        assertThat(html).doesNotContain("<script>");
        assertThat(html.chars()).allMatch(c -> c <= 0xFF);
        assertThat(Jsoup.parse(html).text()).startsWith("Note du juge d’instruction").endsWith("…");
    }
}
