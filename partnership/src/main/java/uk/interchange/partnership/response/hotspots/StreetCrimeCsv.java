package uk.interchange.partnership.response.hotspots;

import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interchange.partnership.imports.ControlCharacters;
import uk.interchange.partnership.imports.CsvReader;

/**
 * Reads police-recorded crime in the street-level CSV that forces publish: Crime ID, Month, Reported by, Falls
 * within, Longitude, Latitude, Location, LSOA code, LSOA name, Crime type, Last outcome category, Context. Columns are
 * found by name whatever their case; other columns are named and left out. Streamed, so a file of millions of rows
 * never sits in memory: each good row goes to the sink, each bad one too, with its line and reason. A file is not
 * bounded, its fields are ({@link CsvReader.Limits#DEFAULT}): a quote never closed is refused with its line long
 * before it could fill the memory.
 */
public final class StreetCrimeCsv {
    /** One crime. Crimes published without a place (some are) have {@code located} false and count in no area. */
    public record Crime(
            int line,
            String crimeId,
            YearMonth month,
            String reportedBy,
            String fallsWithin,
            boolean located,
            double lon,
            double lat,
            String location,
            String lsoaCode,
            String lsoaName,
            String type,
            String outcome,
            String context) {}

    /** Where the rows go as they are read. */
    public interface Sink {
        void crime(Crime c);

        void problem(int line, String reason);
    }

    /** A file that cannot be read at all (no header, a needed column missing). */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }

    static final List<String> COLUMNS = List.of(
            "crime id",
            "month",
            "reported by",
            "falls within",
            "longitude",
            "latitude",
            "location",
            "lsoa code",
            "lsoa name",
            "crime type",
            "last outcome category",
            "context");

    static final List<String> NEEDED = List.of("month", "longitude", "latitude", "crime type");

    private StreetCrimeCsv() {}

    /** Reads every row into the sink; answers the columns the file has that are not read. */
    public static List<String> read(Reader in, Sink sink) {
        try (CsvReader csv = new CsvReader(in)) {
            CsvReader.Record header = csv.next();
            if (header == null) {
                throw new Refused("the file is empty: it needs the header row of the street-level crime CSV");
            }
            Map<String, Integer> at = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < header.fields().size(); i++) {
                String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
                if (COLUMNS.contains(name)) {
                    at.putIfAbsent(name, i);
                } else {
                    unknown.add(header.fields().get(i).strip());
                }
            }
            List<String> missing =
                    NEEDED.stream().filter(c -> !at.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new Refused("the header has no " + String.join(", ", missing) + " column"
                        + (missing.size() > 1 ? "s" : "") + " (it has " + header.fields() + ")");
            }
            int width = header.fields().size();
            for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                if (r.fields().size() != width) {
                    sink.problem(
                            r.line(), "the row has " + r.fields().size() + " fields where the header has " + width);
                    continue;
                }
                row(r, at, sink);
            }
            return unknown;
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
    }

    private static void row(CsvReader.Record r, Map<String, Integer> at, Sink sink) {
        for (String column : COLUMNS) {
            Optional<String> control = ControlCharacters.in(value(r, at, column), true);
            if (control.isPresent()) {
                // a NUL cannot be stored, and no other control character belongs in a crime's place, type or outcome
                sink.problem(r.line(), heading(column) + " " + control.get());
                return;
            }
        }
        String month = value(r, at, "month");
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            sink.problem(r.line(), "Month \"" + month + "\" is not written year-month, as 2024-03");
            return;
        }
        String type = value(r, at, "crime type");
        if (type.isEmpty()) {
            sink.problem(r.line(), "Crime type is empty");
            return;
        }
        String lonText = value(r, at, "longitude");
        String latText = value(r, at, "latitude");
        boolean located = !lonText.isEmpty() || !latText.isEmpty();
        double lon = 0;
        double lat = 0;
        if (located) {
            try {
                lon = Double.parseDouble(lonText);
                lat = Double.parseDouble(latText);
            } catch (NumberFormatException e) {
                sink.problem(
                        r.line(),
                        "Longitude \"" + lonText + "\" and Latitude \"" + latText + "\" are not both numbers");
                return;
            }
            if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                sink.problem(r.line(), "Longitude " + lon + ", Latitude " + lat + " is not a place on Earth");
                return;
            }
        }
        sink.crime(new Crime(
                r.line(),
                value(r, at, "crime id"),
                m,
                value(r, at, "reported by"),
                value(r, at, "falls within"),
                located,
                lon,
                lat,
                value(r, at, "location"),
                value(r, at, "lsoa code"),
                value(r, at, "lsoa name"),
                type,
                value(r, at, "last outcome category"),
                value(r, at, "context")));
    }

    /** A column's name as the published files write it ("crime id" as "Crime ID"). */
    private static String heading(String column) {
        return switch (column) {
            case "crime id" -> "Crime ID";
            case "lsoa code" -> "LSOA code";
            case "lsoa name" -> "LSOA name";
            default -> Character.toUpperCase(column.charAt(0)) + column.substring(1);
        };
    }

    private static String value(CsvReader.Record r, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null ? "" : r.fields().get(i).strip();
    }
}
