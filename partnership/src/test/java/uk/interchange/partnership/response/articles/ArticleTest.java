package uk.interchange.partnership.response.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An article's kind is written in words; a kind no longer listed is shown as stored. */
class ArticleTest {
    private static Article of(String kind) {
        return new Article(
                "tvp", UUID.randomUUID(), kind, "", LocalDate.of(2025, 1, 9), "", "", List.of(), List.of(), "", "", "");
    }

    @Test
    void kindsAreWrittenInWords() {
        assertThat(of("encrypted-device").kindWords()).isEqualTo("encrypted communication device");
        assertThat(of("retired-kind").kindWords()).isEqualTo("retired-kind");
    }

    @Test
    void theKindsKeepTheirOrderAndCannotBeChanged() {
        assertThat(Article.KINDS.keySet())
                .containsExactly("vehicle-concealment", "encrypted-device", "firearm-template", "pill-press", "other");
        assertThatThrownBy(() -> Article.KINDS.remove("other")).isInstanceOf(UnsupportedOperationException.class);
    }
}
