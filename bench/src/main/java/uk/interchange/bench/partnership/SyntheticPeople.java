package uk.interchange.bench.partnership;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Two files of made-up UK people for the linking benchmark: the left file holds {@code n} people; the right file holds
 * copies of half of them, each with the slips real files have (a letter wrong, a familiar given name, day and month
 * swapped, a missing date, a neighbouring postcode, an abbreviated street), and as many new people. Ids say the truth:
 * P17 on the left and Q17 on the right are one person. Names follow a long-tailed frequency, as real ones do.
 */
public final class SyntheticPeople {
    private static final String[] GIVEN = {
        "james",
        "john",
        "robert",
        "michael",
        "william",
        "david",
        "richard",
        "joseph",
        "thomas",
        "charles",
        "christopher",
        "daniel",
        "matthew",
        "anthony",
        "mark",
        "donald",
        "steven",
        "paul",
        "andrew",
        "joshua",
        "mary",
        "patricia",
        "jennifer",
        "linda",
        "elizabeth",
        "barbara",
        "susan",
        "jessica",
        "sarah",
        "karen",
        "nancy",
        "lisa",
        "margaret",
        "sandra",
        "ashley",
        "emily",
        "donna",
        "michelle",
        "dorothy",
        "carol",
        "amanda",
        "melissa",
        "deborah",
        "stephanie",
        "rebecca",
        "laura",
        "helen",
        "sharon",
        "cynthia",
        "kathleen",
        "oliver",
        "harry",
        "jack",
        "george",
        "noah",
        "charlie",
        "jacob",
        "alfie",
        "freddie",
        "oscar",
        "olivia",
        "amelia",
        "isla",
        "ava",
        "mia",
        "ivy",
        "lily",
        "isabella",
        "rosie",
        "sophia",
        "grace",
        "freya",
        "aisha",
        "mohammed",
        "ali",
        "fatima",
        "priya",
        "arjun",
        "wei",
        "mei",
        "kwame",
        "ama",
        "siobhan",
        "niamh",
        "ciaran",
        "olga",
        "piotr",
        "agnieszka",
        "tomasz",
        "zainab",
        "ibrahim",
        "chloe",
        "megan",
        "bethany",
        "ryan",
        "liam"
    };
    private static final String[] FAMILIAR = {
        "robert:bob", "william:bill", "elizabeth:liz", "margaret:maggie", "richard:rick", "thomas:tom",
        "james:jim", "michael:mike", "christopher:chris", "joseph:joe", "daniel:dan", "matthew:matt",
        "anthony:tony", "rebecca:becky", "deborah:debbie", "patricia:pat", "susan:sue", "charles:charlie"
    };
    static final String[] SURNAMES = {
        "smith",
        "jones",
        "williams",
        "taylor",
        "brown",
        "davies",
        "evans",
        "wilson",
        "thomas",
        "johnson",
        "roberts",
        "robinson",
        "thompson",
        "wright",
        "walker",
        "white",
        "edwards",
        "hughes",
        "green",
        "hall",
        "lewis",
        "harris",
        "clarke",
        "patel",
        "jackson",
        "wood",
        "turner",
        "martin",
        "cooper",
        "hill",
        "ward",
        "morris",
        "moore",
        "clark",
        "lee",
        "king",
        "baker",
        "harrison",
        "morgan",
        "allen",
        "james",
        "scott"
    };
    private static final String[] START = {
        "ash", "brad", "cal", "dun", "ell", "fair", "gar", "hol", "ing", "kel", "lang", "mar", "nor", "old", "pen",
        "ren", "stan", "thorn", "up", "wel", "whit", "brom", "cart", "dray", "fen", "hart", "kirk", "mel", "rad", "sum",
        "tal", "wick", "okon", "nov", "kow", "ferr", "mac", "fitz", "van", "de"
    };
    private static final String[] END = {
        "ford", "ton", "ley", "wood", "field", "by", "well", "more", "hurst", "worth", "combe", "den", "ham", "stow",
        "wick", "ridge", "shaw", "ings", "kwo", "ak", "ski", "ari", "son", "ington", "er", "lin", "ard", "all"
    };
    private static final String[] STREETS = {
        "high",
        "church",
        "station",
        "mill",
        "park",
        "victoria",
        "green",
        "manor",
        "school",
        "queens",
        "kings",
        "new",
        "grange",
        "albert",
        "york",
        "west",
        "north",
        "south",
        "chapel",
        "bridge"
    };
    private static final String[] KINDS = {"road", "street", "lane", "avenue", "close", "drive", "way", "gardens"};
    private static final String[] TOWNS = {
        "reading",
        "oxford",
        "slough",
        "newbury",
        "bracknell",
        "wokingham",
        "maidenhead",
        "banbury",
        "bicester",
        "didcot",
        "abingdon",
        "witney",
        "henley",
        "thame",
        "wallingford"
    };
    private static final String[] AREAS = {"RG", "OX", "SL", "HP", "GU", "SN", "MK", "B", "M", "LS", "BS", "CF"};
    private static final String UNIT = "ABDEFGHJLNPQRSTUWXYZ";

    private SyntheticPeople() {}

    /** Writes left.csv and right.csv into {@code dir} (unless they are there already) and returns nothing else. */
    public static void write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Path left = dir.resolve("left.csv");
        Path right = dir.resolve("right.csv");
        if (Files.exists(left) && Files.exists(right)) {
            return;
        }
        Random r = new Random(seed);
        String header = "id,first_name,surname,dob,address,town,postcode\n";
        try (BufferedWriter l = Files.newBufferedWriter(left, StandardCharsets.UTF_8);
                BufferedWriter q = Files.newBufferedWriter(right, StandardCharsets.UTF_8)) {
            l.write(header);
            q.write(header);
            for (int i = 0; i < n; i++) {
                String[] p = person(r);
                l.write(row("P" + i, p));
                if (r.nextBoolean()) {
                    q.write(row("Q" + i, slip(p, r)));
                } else {
                    q.write(row("N" + i, person(r)));
                }
            }
        }
    }

    private static String row(String id, String[] p) {
        return id + "," + String.join(",", p) + "\n";
    }

    /** given, surname, dob, address, town, postcode */
    private static String[] person(Random r) {
        String given = GIVEN[zipf(r, GIVEN.length)];
        String surname = r.nextInt(4) == 0
                ? SURNAMES[zipf(r, SURNAMES.length)]
                : START[r.nextInt(START.length)]
                        + END[r.nextInt(END.length)]
                        + (r.nextInt(3) == 0 ? START[r.nextInt(START.length)] : "");
        String dob = String.format("%d-%02d-%02d", 1930 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String address =
                (1 + r.nextInt(250)) + " " + STREETS[r.nextInt(STREETS.length)] + " " + KINDS[r.nextInt(KINDS.length)];
        String town = TOWNS[r.nextInt(TOWNS.length)];
        String postcode = AREAS[r.nextInt(AREAS.length)] + (1 + r.nextInt(40)) + " " + r.nextInt(10)
                + UNIT.charAt(r.nextInt(UNIT.length())) + UNIT.charAt(r.nextInt(UNIT.length()));
        return new String[] {given, surname, dob, address, town, postcode};
    }

    /** A copy with the slips real files have, each with its own chance. */
    private static String[] slip(String[] p, Random r) {
        String[] s = p.clone();
        if (r.nextInt(5) == 0) {
            s[1] = typo(s[1], r);
        }
        if (r.nextInt(10) == 0) {
            for (String f : FAMILIAR) {
                if (f.startsWith(s[0] + ":")) {
                    s[0] = f.substring(f.indexOf(':') + 1);
                }
            }
        }
        if (r.nextInt(12) == 0) {
            s[0] = typo(s[0], r);
        }
        int d = r.nextInt(20);
        if (d == 0) {
            s[2] = s[2].substring(0, 5) + s[2].substring(8) + s[2].substring(4, 7); // day and month swapped
        } else if (d == 1) {
            s[2] = "";
        } else if (d == 2) {
            s[2] = s[2].substring(0, 9) + (char) ('0' + r.nextInt(9)); // a slip in the last digit
        }
        if (r.nextInt(6) == 0) {
            s[3] = s[3].replace(" road", " rd").replace(" street", " st").replace(" avenue", " ave");
        }
        if (r.nextInt(10) == 0) {
            s[5] = s[5].substring(0, s[5].length() - 2)
                    + UNIT.charAt(r.nextInt(UNIT.length()))
                    + UNIT.charAt(r.nextInt(UNIT.length()));
        }
        if (r.nextInt(20) == 0) {
            s[4] = "";
        }
        return s;
    }

    private static String typo(String w, Random r) {
        if (w.length() < 3) {
            return w;
        }
        int i = 1 + r.nextInt(w.length() - 2);
        return switch (r.nextInt(3)) {
            case 0 -> w.substring(0, i) + w.substring(i + 1);
            case 1 -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            default -> w.substring(0, i) + (char) ('a' + r.nextInt(26)) + w.substring(i + 1);
        };
    }

    /** An index with a long-tailed (Zipf-like) frequency: the first names are much commoner than the last. */
    private static int zipf(Random r, int n) {
        double u = r.nextDouble();
        return Math.min(n - 1, (int) (Math.pow(n + 1, u) - 1));
    }
}
