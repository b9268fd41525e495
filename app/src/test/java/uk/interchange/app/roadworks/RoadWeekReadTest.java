package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.interchange.app.roadworks.clash.ClashCheck;
import uk.interchange.app.server.ServerTest;
import uk.interchange.roadworks.clash.Item;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * A road's week is read in two parts (occurrences by their start, and the long ones by their own index): together
 * they must be exactly the occurrences that overlap the week, whatever the week, as the plain overlap query finds
 * them. Checked for every week starting on each of forty days around a ten-day closure and a run of nights.
 */
class RoadWeekReadTest extends ServerTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Autowired
    ClashCheck check;

    @Test
    void theTwoPartReadFindsExactlyWhatOverlapsEachWeek() {
        LocalDate d = LocalDate.now().plusDays(90);
        save("M5 J1 to J2, West Midlands: bridge deck waterproofing\\n\\nThe M5 will be closed in both directions"
                + " between J1 and J2 from 9pm on " + DAY.format(d) + " until 6am on " + DAY.format(d.plusDays(10))
                + ".");
        save("M5 J1 to J2, West Midlands: gully cleaning\\n\\nThe northbound carriageway will be closed between J1 and"
                + " J2 overnight, between 8pm and 6am, from " + DAY.format(d.plusDays(4)) + " for four nights.");
        for (int day = -10; day <= 30; day++) {
            Instant from = LondonTime.instant(d.plusDays(day).atTime(LocalTime.NOON));
            Instant to = from.plus(Duration.ofDays(7));
            List<String> expected = check.itemsBetween(from, to).stream()
                    .filter(i -> i.section().road().equals("M5"))
                    .map(RoadWeekReadTest::describe)
                    .sorted()
                    .toList();
            List<String> read = check.itemsOnRoad("M5", from, to).stream()
                    .map(RoadWeekReadTest::describe)
                    .sorted()
                    .toList();
            assertThat(read).as("the week from day %d", day).isEqualTo(expected);
            if (day >= 1 && day <= 9) {
                assertThat(read)
                        .as("the long closure started before the week")
                        .anyMatch(s -> s.contains("both directions"));
            }
        }
    }

    private void save(String text) {
        var r = send(HttpRequest.newBuilder(uri("/api/roadworks/works"))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\", \"status\": \"confirmed\","
                        + " \"despite\": \"planned together with the closure\"}"))
                .build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static String describe(Item i) {
        return i.work() + "/" + i.seq() + " " + i.summary() + " " + i.occurrences();
    }
}
