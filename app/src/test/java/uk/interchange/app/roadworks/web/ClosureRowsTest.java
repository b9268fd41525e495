package uk.interchange.app.roadworks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/** The table rows written by hand escape and encode exactly as Spring's own helpers do, whatever the text. */
class ClosureRowsTest {
    private final ClosureRows rows = new ClosureRows();

    @Property
    void aRowLinksItsRoadAndWorkAndEscapesItsWords(
            @ForAll String road, @ForAll String description, @ForAll String reference) {
        var row = new ClosureRows.Row(
                road,
                description,
                Instant.parse("2027-03-01T21:00:00Z"),
                Optional.of(Instant.parse("2027-03-02T06:00:00Z")),
                reference);
        String html = rows.html(List.of(row), true);
        assertThat(html)
                .contains("href=\"" + HtmlUtils.htmlEscape("/roadworks/roads/" + encoded(road)) + "\">"
                        + HtmlUtils.htmlEscape(road) + "</a>")
                .contains("href=\"" + HtmlUtils.htmlEscape("/roadworks/works/" + encoded(reference)) + "\">"
                        + HtmlUtils.htmlEscape(reference) + "</a>")
                .contains(">" + HtmlUtils.htmlEscape(description) + "</td>")
                .contains(">Mon 1 Mar 21:00 to Tue 2 Mar 06:00</td>");
    }

    private static String encoded(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }
}
