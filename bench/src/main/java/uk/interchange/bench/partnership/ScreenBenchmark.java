package uk.interchange.bench.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import uk.interchange.partnership.matching.MatchRecord;
import uk.interchange.partnership.matching.MatchRecord.Field;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.Screener;
import uk.interchange.partnership.screening.ScreeningCsv;

/**
 * Screening one bidder (a company and five officers) against a watchlist of {@code --entities} made-up people and
 * companies (default ten million), one in a hundred linked to a crime group; one bidder in ten has an officer who is
 * a group member, written with a slip. Each bidder is timed alone, after a warm-up; the watchlist is built once.
 *
 * <pre>java -Xmx20g -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.partnership.ScreenBenchmark [--entities 10000000] [--bidders 2000]</pre>
 */
public final class ScreenBenchmark {
    private static final String[] GIVEN = {
        "james", "john", "robert", "mary", "sarah", "aisha", "wei", "olga", "kwame", "siobhan", "priya", "tomasz",
        "fatima", "liam", "grace", "oliver", "amelia", "harry", "isla", "noah"
    };
    private static final String[] START = {
        "ash", "brad", "cal", "dun", "ell", "fair", "gar", "hol", "kel", "lang", "mar", "nor", "pen", "ren", "stan",
        "thorn", "wel", "whit", "okon", "kow", "fitz", "mac", "van", "brom"
    };
    private static final String[] END = {
        "ford", "ton", "ley", "wood", "field", "by", "well", "more", "hurst", "worth", "combe", "den", "ham", "stow",
        "wick", "ridge", "shaw", "kwo", "ak", "ski", "son", "er", "lin"
    };
    private static final String[] TRADES = {
        "waste", "skips", "building", "security", "cars", "care", "grounds", "haulage", "recycling", "scaffolding"
    };

    public static void main(String[] args) {
        int entities = 10_000_000;
        int bidders = 2_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--entities" -> entities = Integer.parseInt(args[i + 1]);
                case "--bidders" -> bidders = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Nicknames names = Nicknames.builtIn();
        Random r = new Random(11);
        long t0 = System.nanoTime();
        List<Party> list = new ArrayList<>(entities);
        List<Party> members = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            boolean person = i % 5 != 0;
            Optional<String> group = r.nextInt(100) == 0 ? Optional.of("OCG-" + r.nextInt(2_000)) : Optional.empty();
            Party p = person
                    ? person("W" + i, name(r), surname(r), dob(r), group, names)
                    : company(
                            "W" + i,
                            surname(r) + " " + TRADES[r.nextInt(TRADES.length)] + " ltd",
                            String.format("%08d", r.nextInt(100_000_000)),
                            group,
                            names);
            list.add(p);
            if (person && group.isPresent()) {
                members.add(p);
            }
        }
        long t1 = System.nanoTime();
        Screener screener = new Screener(new ScreeningCsv.Read(Map.of(), list, List.of()), List.of());
        long t2 = System.nanoTime();
        System.out.printf(
                "watchlist of %,d entities (%,d group members): made in %.1f s, indexed in %.1f s; heap used %,d MB%n",
                entities,
                members.size(),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        Screener.Options o = Screener.Options.defaults().on(LocalDate.of(2026, 11, 30));
        int warm = Math.min(200, bidders);
        long[] times = new long[bidders];
        int referred = 0;
        int planted = 0;
        int plantedReferred = 0;
        for (int b = -warm; b < bidders; b++) {
            List<Party> parties = new ArrayList<>();
            String id = "B" + (b + warm);
            parties.add(company(
                    id + "/c",
                    surname(r) + " " + TRADES[r.nextInt(TRADES.length)] + " ltd",
                    String.format("%08d", r.nextInt(100_000_000)),
                    Optional.empty(),
                    names));
            boolean plant = r.nextInt(10) == 0;
            for (int k = 0; k < 5; k++) {
                if (plant && k == 0) {
                    Party m = members.get(r.nextInt(members.size()));
                    String surname = m.fields().get(Field.SURNAME);
                    // the member as a bidder might write them: a slip in the surname's middle
                    String slipped = surname.length() > 4
                            ? surname.substring(0, 2) + surname.charAt(3) + surname.charAt(2) + surname.substring(4)
                            : surname;
                    parties.add(person(
                            id + "/o" + k,
                            m.fields().get(Field.GIVEN),
                            slipped,
                            m.fields().get(Field.BIRTH),
                            Optional.empty(),
                            names));
                } else {
                    parties.add(person(id + "/o" + k, name(r), surname(r), dob(r), Optional.empty(), names));
                }
            }
            Map<String, List<Party>> one = new LinkedHashMap<>();
            one.put(id, parties);
            long s = System.nanoTime();
            Screener.Result out = screener.screen(one, o).get(0);
            long e = System.nanoTime();
            if (b >= 0) {
                times[b] = e - s;
                referred += out.refer() ? 1 : 0;
                planted += plant ? 1 : 0;
                plantedReferred += plant && out.refer() ? 1 : 0;
            }
        }
        Arrays.sort(times);
        System.out.printf(
                "%,d bidders, each a company and five officers: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " %,d referred; %,d with a planted group member, %,d of them referred%n",
                bidders,
                times[bidders / 2] / 1e6,
                times[bidders * 9 / 10] / 1e6,
                times[bidders * 99 / 100] / 1e6,
                times[bidders - 1] / 1e6,
                referred,
                planted,
                plantedReferred);
    }

    private static String name(Random r) {
        return GIVEN[r.nextInt(GIVEN.length)];
    }

    private static String surname(Random r) {
        return START[r.nextInt(START.length)] + END[r.nextInt(END.length)] + START[r.nextInt(START.length)];
    }

    private static String dob(Random r) {
        return String.format("%d-%02d-%02d", 1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static Party person(
            String id, String given, String surname, String dob, Optional<String> group, Nicknames names) {
        Map<Field, String> f = new EnumMap<>(Field.class);
        f.put(Field.GIVEN, given);
        f.put(Field.SURNAME, surname);
        f.put(Field.BIRTH, dob);
        return new Party(
                id,
                0,
                Party.Kind.PERSON,
                "director",
                f,
                MatchRecord.of(id, 0, f, names),
                "",
                group,
                "",
                Optional.empty(),
                Optional.empty(),
                "",
                Map.of());
    }

    private static Party company(String id, String name, String number, Optional<String> group, Nicknames names) {
        Map<Field, String> f = new EnumMap<>(Field.class);
        f.put(Field.COMPANY_NAME, name);
        f.put(Field.COMPANY_NUMBER, number);
        return new Party(
                id,
                0,
                Party.Kind.COMPANY,
                "",
                f,
                MatchRecord.of(id, 0, f, names),
                "",
                group,
                "",
                Optional.of(LocalDate.of(2015, 1, 1)),
                Optional.empty(),
                "",
                Map.of());
    }
}
