package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;

/** The what-is-closed page: the form keeps what was asked, and a bad answer marks its own field. */
class WhatIsClosedPageTest extends ServerTest {
    private String page(String query) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/" + query))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theChoiceOfWhenIsTheOneAskedFor() {
        String body = page("?when=tonight&road=M6");
        assertThat(body)
                .contains("id=\"when-tonight\" name=\"when\" type=\"radio\" value=\"tonight\" checked=\"checked\"")
                .contains("<label class=\"govuk-radios__label\" for=\"when-week\">The next seven days</label>")
                .contains("for=\"when-tonight\">Tonight (7pm to 7am)</label>")
                .containsOnlyOnce("checked=\"checked\"")
                .doesNotContain("value=\"now\" checked")
                .doesNotContain("govuk-form-group--error");
        assertThat(page("")).contains("value=\"now\" checked=\"checked\"");
        assertThat(page("?when=nonsense"))
                .as("an unknown choice is taken as now")
                .contains("value=\"now\" checked");
    }

    @Test
    void aTimeThatIsNotATimeIsSummarisedAndItsFieldMarked() {
        String body = page("?when=at&at=yesterday");
        assertThat(body).contains("govuk-error-summary").contains("<a href=\"#at\">at is not a date or time");
        assertThat(body)
                .containsOnlyOnce("govuk-form-group--error")
                .contains("<input class=\"govuk-input govuk-input--error\" id=\"at\"")
                .doesNotContain("govuk-input--error\" id=\"from\"");
        assertThat(page("?when=range&from=2027-03-20&to=someday"))
                .contains("<input class=\"govuk-input govuk-input--error\" id=\"to\"")
                .doesNotContain("govuk-input--error\" id=\"from\"");
    }

    @Test
    void whatWasTypedComesBackEscapedAndTheAnswerIsCounted() {
        String odd = page("?when=week&road=%3Cb%3EM6%22&junctions=%26");
        assertThat(odd)
                .contains("id=\"road\" name=\"road\" type=\"text\" value=\"&lt;b&gt;M6&quot;\"")
                .contains("id=\"junctions\" name=\"junctions\" type=\"text\" value=\"&amp;\"")
                .doesNotContain("<b>M6");
        String m6 = page("?when=week&road=M6");
        assertThat(m6)
                .contains("<datalist id=\"road-list\">")
                .contains("<option value=\"M6\">")
                .contains("id=\"results\"")
                .contains(
                        "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/roadworks/roads/M6\">M6</a>");
        assertThat(page("?when=at&road=M6&at=2001-01-01T03:00"))
                .contains("<span>0</span> <span>restrictions</span>")
                .contains("Nothing recorded is closed then.");
    }
}
