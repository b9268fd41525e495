package uk.interchange.app.partnership.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.interchange.app.partnership.response.ActionStore;
import uk.interchange.app.partnership.response.CollaborationStore;
import uk.interchange.app.partnership.response.CrimeImports;
import uk.interchange.app.partnership.response.HotspotStore;
import uk.interchange.app.partnership.response.ScpoStore;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.collaborations.Benefit;
import uk.interchange.partnership.response.collaborations.Milestone;
import uk.interchange.partnership.response.hotspots.Intervention;
import uk.interchange.partnership.response.hotspots.Phase;
import uk.interchange.partnership.response.orders.Scpo;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * On first start, after the demonstration partnership: its local response, so that a new user sees each part
 * working: a Clear-Hold-Build hotspot in Slough with two years of made-up crime, its Clear phase and interventions; a
 * serious crime prevention order on Darren Kestley whose records raise an alert; a collaboration between the two
 * forces; and an action for Slough. Nothing here is real.
 */
@Component
@Order(3)
class DemoResponse implements ApplicationRunner {
    private static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.600,51.505],[-0.580,51.505],"
            + "[-0.580,51.515],[-0.600,51.515],[-0.600,51.505]]]}";
    private static final String COMPARISON = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.630,51.495],[-0.610,51.495],"
            + "[-0.610,51.505],[-0.630,51.505],[-0.630,51.495]]]}";

    private final JdbcTemplate jdbc;
    private final HotspotStore hotspots;
    private final CrimeImports crimes;
    private final ScpoStore orders;
    private final CollaborationStore collaborations;
    private final ActionStore actions;
    private final boolean enabled;

    DemoResponse(
            JdbcTemplate jdbc,
            HotspotStore hotspots,
            CrimeImports crimes,
            ScpoStore orders,
            CollaborationStore collaborations,
            ActionStore actions,
            @Value("${interchange.demo:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.hotspots = hotspots;
        this.crimes = crimes;
        this.orders = orders;
        this.collaborations = collaborations;
        this.actions = actions;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer demo = jdbc.queryForObject(
                "select count(*) from partnership.organisation where id = 'tvp' and name like '%(demonstration)'",
                Integer.class);
        Integer done = jdbc.queryForObject("select count(*) from partnership.hotspot", Integer.class);
        if (!enabled || demo == null || demo == 0 || done == null || done > 0) {
            return;
        }
        Viewer tvp = new Viewer(
                "demo-loader",
                new Organisation("tvp", "Thames Valley Police (demonstration)", OrganisationType.POLICE_FORCE),
                Set.of(Role.ANALYST));
        LocalDate today = Action.today();
        YearMonth clear = YearMonth.from(today).minusMonths(8);
        UUID hotspot = hotspots.create(
                tvp,
                "Slough town centre (demonstration)",
                AREA,
                COMPARISON,
                new Sharing("tvp", Set.of(), Set.of(DemoPartnership.GROUP), Handling.P));
        crimes.importFile(
                tvp,
                "demonstration-crime.csv",
                Optional.empty(),
                new ByteArrayInputStream(
                        crimeCsv(YearMonth.from(today), clear).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        hotspots.setPhase(
                tvp,
                hotspot,
                new Phase(
                        "clear", clear.atDay(1), Optional.of(clear.plusMonths(3).atEndOfMonth())));
        hotspots.setPhase(tvp, hotspot, new Phase("hold", clear.plusMonths(4).atDay(1), Optional.empty()));
        hotspots.addIntervention(
                tvp, hotspot, new Intervention(clear.atDay(9), "warrant", "Thames Valley Police", "", ""));
        hotspots.addIntervention(
                tvp, hotspot, new Intervention(clear.atDay(20), "closure order", "Slough Borough Council", "", ""));
        hotspots.addIntervention(
                tvp,
                hotspot,
                new Intervention(clear.plusMonths(4).atDay(5), "youth work", "Slough Borough Council", "", ""));

        UUID darren = jdbc.queryForObject(
                "select id from partnership.entity where owner_id = 'tvp' and label = 'Darren Kestley'", UUID.class);
        LocalDate made = today.minusMonths(2);
        UUID order = orders.create(
                tvp,
                "tvp",
                darren,
                new Scpo.Order(
                        "Reading Crown Court", made, made, made.plusYears(3), false, Optional.of(made.plusDays(2))),
                "tvp-intel",
                "",
                Optional.empty(),
                60);
        orders.addCondition(
                tvp,
                order,
                new Scpo.Condition(
                        Scpo.Kind.COMMUNICATION_DEVICES,
                        "to notify the police of every phone he uses, within three days",
                        made,
                        made.plusYears(3),
                        Set.of()));

        UUID collaboration = collaborations.create(
                tvp,
                "South East firearms collaboration (demonstration)",
                "firearms",
                List.of("tvp", "hiow"),
                new BigDecimal("1200000"),
                today.minusYears(1),
                Optional.empty());
        collaborations.milestone(tvp, collaboration, new Milestone("Joint armoury open", today.minusMonths(3), "met"));
        collaborations.milestone(
                tvp, collaboration, new Milestone("Shared training rota", today.plusMonths(2), "at-risk"));
        collaborations.benefit(
                tvp,
                collaboration,
                new Benefit(
                        "One armoury instead of two",
                        true,
                        Optional.of(new BigDecimal("150000")),
                        Optional.of(new BigDecimal("60000"))));

        actions.create(
                tvp,
                new Action.Draft(
                        "Licensing review of late-night premises (demonstration)",
                        "prevent",
                        Optional.empty(),
                        Optional.empty(),
                        "Slough town centre",
                        "slough",
                        today.plusMonths(1)),
                new Sharing("tvp", Set.of("slough"), Set.of(DemoPartnership.GROUP), Handling.P));
    }

    /** Two years of made-up crime: the hotspot busier than its comparison area until the Clear phase, then less so. */
    static String crimeCsv(YearMonth now, YearMonth clear) {
        StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        Random r = new Random(17);
        String[] types = {"Drugs", "Violence and sexual offences", "Anti-social behaviour", "Shoplifting"};
        for (YearMonth m = now.minusMonths(24); m.isBefore(now); m = m.plusMonths(1)) {
            int hotspot = (m.isBefore(clear) ? 30 : 17) + r.nextInt(7);
            int comparison = 14 + r.nextInt(5);
            for (int i = 0; i < hotspot + comparison; i++) {
                boolean in = i < hotspot;
                csv.append(String.format(
                        Locale.ROOT,
                        "demo-%s-%d,%s,Thames Valley Police,Thames Valley Police,%.5f,%.5f,On or near High Street,"
                                + "E01016%03d,Slough 00%dA,%s,Under investigation,\n",
                        m,
                        i,
                        m,
                        (in ? -0.598 : -0.628) + r.nextDouble() * 0.016,
                        (in ? 51.506 : 51.496) + r.nextDouble() * 0.008,
                        r.nextInt(1000),
                        1 + r.nextInt(9),
                        types[r.nextInt(types.length)]));
            }
        }
        return csv.toString();
    }
}
