package uk.interchange.roadworks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import uk.interchange.roadworks.bulletin.BulletinReader;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/**
 * The DATEX II writer keeps the element order and the required elements of the v3 schema where our works reach
 * them. The app's feed test validates against the published schema when a copy is at hand; these checks hold
 * without it.
 */
class DatexTest {
    private static final String BULLETIN = "Roadworks bulletin for the Test Region, week commencing 15 March 2027\n\n"
            + "M40 junctions 4 to 5 High Wycombe, Buckinghamshire: drainage repairs\n\n"
            + "The northbound carriageway will be closed from Monday 15 March for five nights, 20:00 to 06:00.\n\n"
            + "On Thursday work will take place between 10pm and 7am.\n\n"
            + "Lane 2 of the southbound carriageway will be closed overnight, 9pm to 5am, from Monday 15 March for four"
            + " nights, with a 40mph speed limit.\n";

    private static Work work() {
        var read = BulletinReader.read(
                BULLETIN,
                new BulletinReader.Options(Optional.of(LocalDate.of(2027, 3, 12)), LocalDate.of(2027, 3, 12)));
        assertThat(read.works()).hasSize(1);
        return read.works().get(0);
    }

    private static Document feed(Work w, List<LonLat> line) throws Exception {
        FeedWork fw = new FeedWork(
                "w-1",
                "M40-0001",
                "Test",
                WorkStatus.CONFIRMED,
                3,
                w,
                line,
                true,
                Instant.parse("2027-03-10T09:00:00Z"));
        String xml = Datex.write(
                "test-authority",
                List.of(fw),
                r -> ScheduleExpander.occurrences(r.schedule()),
                Instant.parse("2027-03-12T08:00:00Z"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> childNames(Element e) {
        List<String> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c.getLocalName());
            }
        }
        return out;
    }

    private static List<Element> all(Document d, String ns, String name) {
        List<Element> out = new ArrayList<>();
        var list = d.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void aChangedNightIsAValidPeriodWrittenBeforeEveryExceptionPeriod() throws Exception {
        Document d = feed(work(), List.of(new LonLat(-0.75, 51.62), new LonLat(-0.85, 51.66)));
        boolean sawException = false;
        for (Element spec : all(d, Datex.COM, "validityTimeSpecification")) {
            List<String> names = childNames(spec);
            assertThat(names.subList(0, 2)).containsExactly("overallStartTime", "overallEndTime");
            int lastValid = names.lastIndexOf("validPeriod");
            int firstException = names.indexOf("exceptionPeriod");
            if (firstException >= 0) {
                sawException = true;
                assertThat(lastValid)
                        .as("valid periods before exceptions: " + names)
                        .isLessThan(firstException);
            }
        }
        assertThat(sawException)
                .as("the Thursday change is an exception period")
                .isTrue();
    }

    @Test
    void networkManagementRecordsSayTheyAreMandatoryBeforeTheirType() throws Exception {
        Document d = feed(work(), List.of(new LonLat(-0.75, 51.62), new LonLat(-0.85, 51.66)));
        List<Element> records = all(d, Datex.SIT, "situationRecord");
        assertThat(records).isNotEmpty();
        for (Element r : records) {
            String type = r.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
            List<String> names = childNames(r);
            // SituationRecord's own sequence, then the subtype's
            assertThat(names.indexOf("situationRecordCreationTime"))
                    .isLessThan(names.indexOf("situationRecordVersionTime"));
            assertThat(names.indexOf("probabilityOfOccurrence")).isLessThan(names.indexOf("validity"));
            assertThat(names.indexOf("validity")).isLessThan(names.indexOf("locationReference"));
            if (type.equals("sit:MaintenanceWorks")) {
                assertThat(names).doesNotContain("complianceOption").endsWith("roadMaintenanceType");
            } else {
                assertThat(names.indexOf("complianceOption"))
                        .as(type)
                        .isEqualTo(names.indexOf("locationReference") + 1);
            }
        }
    }

    @Test
    void aWorkWithNoRecordToWriteIsLeftOutWhole() throws Exception {
        // a situation must hold a record: a work whose every restriction is without occurrences writes none
        Work w = work();
        FeedWork fw = new FeedWork(
                "w-2",
                "M40-0002",
                "Test",
                WorkStatus.CONFIRMED,
                1,
                w,
                List.of(new LonLat(-0.75, 51.62)),
                true,
                Instant.parse("2027-03-10T09:00:00Z"));
        String xml = Datex.write("test-authority", List.of(fw), r -> List.of(), Instant.parse("2027-03-12T08:00:00Z"));
        assertThat(xml).doesNotContain("situation id=").contains("</d2:payload>");
    }
}
