package uk.interchange.app.roadworks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickerOptionsTest {
    @Test
    void marksTheChosenValueAndEscapesWhatItWrites() {
        String html = PickerOptions.of(Map.of("closure", "Carriageway <closed> & \"quoted\""), "closure");
        assertThat(html)
                .isEqualTo("<option value=\"closure\" selected>Carriageway &lt;closed&gt; &amp; &quot;quoted&quot;"
                        + "</option>");
        assertThat(PickerOptions.of(List.of("Kent", "Surrey"), "Essex")).doesNotContain("selected");
    }

    @Test
    void writesTheRoadListOnceAndAgainWhenTheListChanges() {
        PickerOptions pickers = new PickerOptions();
        List<String> roads = new ArrayList<>(List.of("A38", "M6"));
        String first = pickers.roads(roads);
        assertThat(pickers.roads(roads)).isSameAs(first);
        String changed = pickers.roads(List.of("A38", "M5", "M6"));
        assertThat(changed).contains("value=\"M5\"").isNotEqualTo(first);
    }
}
