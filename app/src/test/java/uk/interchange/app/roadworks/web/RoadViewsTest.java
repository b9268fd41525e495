package uk.interchange.app.roadworks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.interchange.app.server.ServerTest;

/** A road's week is kept drawn only once it has been asked for twice, and is then shown as drawn. */
class RoadViewsTest extends ServerTest {
    @Autowired
    RoadViews views;

    @Test
    void aWeekAskedForOnceIsNotKeptAndOneAskedForAgainIs() {
        String week = "/roadworks/roads/M6?from=" + LocalDate.now().plusDays(123);
        int before = views.keptCount();
        String first = get(week).body();
        assertThat(views.keptCount()).as("asked once").isEqualTo(before);
        String second = get(week).body();
        assertThat(views.keptCount()).as("asked twice").isEqualTo(before + 1);
        assertThat(get(week).body()).isEqualTo(second).isEqualTo(first);
    }
}
