package uk.interchange.roadworks.publish;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Span;
import uk.interchange.roadworks.model.WindowChange;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * A DATEX II version 3 SituationPublication: one situation per work, one record per restriction. A recurring window
 * is written as it is planned ("21:00 to 06:00 on Monday to Friday, from ... to ..."), as validity periods, not as
 * a list of nights; a changed night is an exception period plus a period of its own.
 */
public final class Datex {
    static final String D2 = "http://datex2.eu/schema/3/d2Payload";
    static final String COM = "http://datex2.eu/schema/3/common";
    static final String SIT = "http://datex2.eu/schema/3/situation";
    static final String LOC = "http://datex2.eu/schema/3/locationReferencing";

    private Datex() {}

    public static String write(
            String nationalIdentifier,
            List<FeedWork> works,
            Function<Restriction, List<Occurrence>> occurrences,
            Instant generated) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<d2:payload xmlns:d2=\"")
                .append(D2)
                .append("\" xmlns:com=\"")
                .append(COM)
                .append("\" xmlns:sit=\"")
                .append(SIT)
                .append("\" xmlns:loc=\"")
                .append(LOC)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:type=\"sit:SituationPublication\" lang=\"en\" modelBaseVersion=\"3\">\n");
        el(x, 1, "com:publicationTime", time(generated));
        x.append("  <com:publicationCreator>\n");
        el(x, 2, "com:country", "gb");
        el(x, 2, "com:nationalIdentifier", nationalIdentifier);
        x.append("  </com:publicationCreator>\n");
        for (FeedWork w : works) {
            if (w.geometry().isEmpty()) {
                continue;
            }
            situation(x, w, occurrences);
        }
        x.append("</d2:payload>\n");
        return x.toString();
    }

    private static void situation(StringBuilder x, FeedWork w, Function<Restriction, List<Occurrence>> occurrences) {
        int start = x.length();
        x.append("  <sit:situation id=\"").append(attr(w.id())).append("\">\n");
        el(x, 2, "sit:overallSeverity", "medium");
        x.append("    <sit:headerInformation>\n");
        el(x, 3, "com:confidentiality", "noRestriction");
        el(x, 3, "com:informationStatus", "real");
        x.append("    </sit:headerInformation>\n");
        int seq = 0;
        int records = 0;
        for (Restriction r : w.work().restrictions()) {
            seq++;
            List<Occurrence> occ = occurrences.apply(r);
            if (occ.isEmpty() || occ.get(occ.size() - 1).end().equals(Instant.MAX)) {
                continue;
            }
            record(x, w, seq, r, occ);
            records++;
        }
        if (records == 0) {
            x.setLength(start); // a situation must hold at least one record: a work with none is left out whole
            return;
        }
        x.append("  </sit:situation>\n");
    }

    private static void record(StringBuilder x, FeedWork w, int seq, Restriction r, List<Occurrence> occ) {
        boolean closure = r.type().isFullClosure() || managementType(r) != null;
        String type = closure
                ? "sit:RoadOrCarriagewayOrLaneManagement"
                : r.speedLimitMph().isPresent() ? "sit:SpeedManagement" : "sit:MaintenanceWorks";
        x.append("    <sit:situationRecord xsi:type=\"")
                .append(type)
                .append("\" id=\"")
                .append(attr(w.id() + "-" + seq))
                .append("\" version=\"")
                .append(w.version())
                .append("\">\n");
        el(x, 3, "sit:situationRecordCreationTime", time(w.updatedAt()));
        el(x, 3, "sit:situationRecordVersionTime", time(w.updatedAt()));
        el(
                x,
                3,
                "sit:probabilityOfOccurrence",
                switch (w.status()) {
                    case PROVISIONAL -> "probable";
                    default -> "certain";
                });
        validity(x, r, occ);
        x.append("      <sit:generalPublicComment>\n        <sit:comment>\n          <com:values>\n");
        x.append("            <com:value lang=\"en\">")
                .append(text(Wording.summary(w.work(), r)
                        + r.diversion().map(d -> ". " + d.text()).orElse("")))
                .append("</com:value>\n");
        x.append("          </com:values>\n        </sit:comment>\n      </sit:generalPublicComment>\n");
        location(x, w);
        if (!type.equals("sit:MaintenanceWorks")) {
            // both are network management, whose compliance option the schema requires: these are not advice
            el(x, 3, "sit:complianceOption", "mandatory");
        }
        if (type.equals("sit:RoadOrCarriagewayOrLaneManagement")) {
            el(
                    x,
                    3,
                    "sit:roadOrCarriagewayOrLaneManagementType",
                    managementType(r) == null ? "carriagewayClosures" : managementType(r));
        } else if (type.equals("sit:SpeedManagement")) {
            el(x, 3, "sit:speedManagementType", "speedRestrictionInOperation");
            el(
                    x,
                    3,
                    "sit:temporarySpeedLimit",
                    String.valueOf(Math.round(r.speedLimitMph().getAsInt() * 1.609344)));
        } else {
            el(x, 3, "sit:roadMaintenanceType", "roadworks");
        }
        x.append("    </sit:situationRecord>\n");
    }

    private static String managementType(Restriction r) {
        return switch (r.type()) {
            case CARRIAGEWAY_CLOSURE, TUNNEL_CLOSURE -> "carriagewayClosures";
            case SLIP_ROAD_CLOSURE, LINK_ROAD_CLOSURE -> "rampClosures";
            case LANE_CLOSURE -> "laneClosures";
            case HARD_SHOULDER_CLOSURE -> "hardShoulderClosed";
            case NARROW_LANES -> "narrowLanes";
            case CONTRAFLOW -> "contraflow";
            case TRAFFIC_SIGNALS, STOP_GO_BOARDS, CONVOY_WORKING -> "singleAlternateLineTraffic";
            default -> null;
        };
    }

    private static void validity(StringBuilder x, Restriction r, List<Occurrence> occ) {
        x.append("      <sit:validity>\n");
        el(x, 4, "com:validityStatus", "definedByValidityTimeSpec");
        x.append("        <com:validityTimeSpecification>\n");
        el(x, 5, "com:overallStartTime", time(occ.get(0).start()));
        el(x, 5, "com:overallEndTime", time(occ.get(occ.size() - 1).end()));
        for (Period p : r.schedule().periods()) {
            switch (p) {
                case Span s -> {
                    x.append("          <com:validPeriod>\n");
                    el(x, 6, "com:startOfPeriod", time(LondonTime.instant(s.start())));
                    el(x, 6, "com:endOfPeriod", time(LondonTime.instant(s.end())));
                    x.append("          </com:validPeriod>\n");
                }
                case Recurring rec -> recurring(x, rec);
            }
        }
        // A changed night: the usual window does not apply that day (an exception period) and the changed one, among
        // the occurrences, is a period of its own. The schema wants every valid period before the exceptions.
        for (WindowChange c : r.schedule().changes()) {
            for (Occurrence o : occ) {
                if (LondonTime.local(o.start()).toLocalDate().equals(c.day())) {
                    x.append("          <com:validPeriod>\n");
                    el(x, 6, "com:startOfPeriod", time(o.start()));
                    el(x, 6, "com:endOfPeriod", time(o.end()));
                    x.append("          </com:validPeriod>\n");
                }
            }
        }
        for (WindowChange c : r.schedule().changes()) {
            x.append("          <com:exceptionPeriod>\n");
            el(x, 6, "com:startOfPeriod", time(LondonTime.instant(c.day().atStartOfDay())));
            el(
                    x,
                    6,
                    "com:endOfPeriod",
                    time(LondonTime.instant(c.day().plusDays(1).atStartOfDay())));
            x.append("          </com:exceptionPeriod>\n");
        }
        x.append("        </com:validityTimeSpecification>\n      </sit:validity>\n");
    }

    private static void recurring(StringBuilder x, Recurring rec) {
        x.append("          <com:validPeriod>\n");
        el(x, 6, "com:startOfPeriod", time(LondonTime.instant(rec.from().atTime(rec.start()))));
        LocalTime endTime = rec.end();
        var lastEnd = rec.overnight()
                ? rec.until().plusDays(1).atTime(endTime)
                : rec.until().atTime(endTime);
        el(x, 6, "com:endOfPeriod", time(LondonTime.instant(lastEnd)));
        x.append("            <com:recurringTimePeriodOfDay>\n");
        el(x, 7, "com:startTimeOfPeriod", rec.start().toString() + ":00");
        el(x, 7, "com:endTimeOfPeriod", rec.end().toString() + ":00");
        x.append("            </com:recurringTimePeriodOfDay>\n");
        if (rec.days().size() < 7) {
            x.append("            <com:recurringDayWeekMonthPeriod xsi:type=\"com:DayWeekMonth\">\n");
            for (DayOfWeek d : DayOfWeek.values()) {
                if (rec.days().contains(d)) {
                    el(x, 7, "com:applicableDay", d.name().toLowerCase(Locale.ROOT));
                }
            }
            x.append("            </com:recurringDayWeekMonthPeriod>\n");
        }
        x.append("          </com:validPeriod>\n");
    }

    private static void location(StringBuilder x, FeedWork w) {
        List<LonLat> g = w.geometry();
        if (g.size() >= 2) {
            x.append("      <sit:locationReference xsi:type=\"loc:SingleRoadLinearLocation\">\n");
            x.append("        <loc:gmlLineString srsName=\"EPSG:4326\">\n          <loc:posList>");
            for (int i = 0; i < g.size(); i++) {
                x.append(i == 0 ? "" : " ")
                        .append(g.get(i).lat())
                        .append(' ')
                        .append(g.get(i).lon());
            }
            x.append("</loc:posList>\n        </loc:gmlLineString>\n      </sit:locationReference>\n");
        } else {
            x.append("      <sit:locationReference xsi:type=\"loc:PointLocation\">\n");
            x.append("        <loc:pointByCoordinates>\n          <loc:pointCoordinates>\n");
            el(x, 6, "loc:latitude", String.valueOf(g.get(0).lat()));
            el(x, 6, "loc:longitude", String.valueOf(g.get(0).lon()));
            x.append("          </loc:pointCoordinates>\n        </loc:pointByCoordinates>\n");
            x.append("      </sit:locationReference>\n");
        }
    }

    private static void el(StringBuilder x, int depth, String name, String value) {
        x.append("  ".repeat(depth))
                .append('<')
                .append(name)
                .append('>')
                .append(text(value))
                .append("</")
                .append(name)
                .append(">\n");
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
