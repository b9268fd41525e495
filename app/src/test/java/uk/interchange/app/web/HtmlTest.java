package uk.interchange.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/** The hand-written escaping gives exactly what Spring's helpers give, whatever the text. */
class HtmlTest {
    @Property
    void textIsEscapedAsHtmlUtilsEscapesIt(@ForAll String s) {
        assertThat(Html.escape(s)).isEqualTo(HtmlUtils.htmlEscape(s));
    }

    @Property
    void aPathSegmentIsEncodedThenEscapedAsSpringWouldDoIt(@ForAll String s) {
        assertThat(Html.pathSegment(s))
                .isEqualTo(HtmlUtils.htmlEscape(UriUtils.encodePathSegment(s, StandardCharsets.UTF_8)));
    }
}
