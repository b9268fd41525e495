package uk.interchange.bench.partnership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Labelled UK-style pairs of files for measuring the matcher on the cases that matter (issue 17), from a seed: the
 * same seed gives the same files. Each id is {@code KEY-a} or {@code KEY-b}; two records are one person or company
 * exactly when their KEY is the same ({@link #truth}).
 *
 * <p>People (5,000 x 5,000 by default, 1,000 true pairs): the right file holds copies of left records written with
 * nicknames, initials, "SURNAME, Given", surname slips, a double-barrelled surname cut to one part, day and month
 * swapped, a digit off, a missing or partial date, abbreviated streets and postcodes without their space; and hard
 * negatives: a relative with the same name at the same address born 20 to 30 years apart (half of them on the same day
 * and month), a namesake elsewhere in the same town, and twins (same surname, address and date of birth, another given
 * name). The rest are other people.
 *
 * <p>Companies (3,000 x 3,000, 600 true pairs): copies with the legal form written another way or left out, "&" for
 * "and", typos, the company number without its leading zeros or in lower case, the phone in +44 form; hard negatives:
 * the same trading name in another town with another company number, address and phone, and group companies that
 * share an email address or a phone with their sister. A few company numbers are not valid ("N/A", "0123456X").
 *
 * <pre>java -cp ... uk.interchange.bench.partnership.UkStyleSets --seed 101 --out /tmp/uk-101</pre>
 */
public final class UkStyleSets {
    /** The four files one seed gives. */
    public record Files4(Path peopleA, Path peopleB, Path companiesA, Path companiesB) {}

    /** Whose record an id is: the key before "-a" or "-b". */
    public static String truth(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    static final String[] GIVEN = {
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
        "andrew",
        "joshua",
        "kenneth",
        "kevin",
        "steven",
        "edward",
        "ronald",
        "timothy",
        "jonathan",
        "nicholas",
        "benjamin",
        "samuel",
        "alexander",
        "patrick",
        "peter",
        "harry",
        "oliver",
        "george",
        "jack",
        "jacob",
        "charlie",
        "oscar",
        "alfie",
        "henry",
        "leo",
        "arthur",
        "mohammed",
        "muhammad",
        "ravi",
        "arjun",
        "tomasz",
        "piotr",
        "kwame",
        "liam",
        "connor",
        "callum",
        "mary",
        "patricia",
        "jennifer",
        "elizabeth",
        "linda",
        "barbara",
        "susan",
        "jessica",
        "sarah",
        "karen",
        "margaret",
        "sandra",
        "ashley",
        "kimberly",
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
        "sharon",
        "cynthia",
        "kathleen",
        "amy",
        "angela",
        "helen",
        "anna",
        "emma",
        "olivia",
        "amelia",
        "isla",
        "ava",
        "sophie",
        "grace",
        "lily",
        "freya",
        "priya",
        "aisha",
        "fatima",
        "zofia",
        "agnieszka",
        "chloe",
        "megan",
        "victoria",
        "katherine",
        "christine",
        "abigail",
        "alice",
        "ellie",
        "poppy"
    };

    static final String[] SURNAMES = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(SyntheticPeople.SURNAMES),
                    java.util.stream.Stream.of(
                            "phillips",
                            "watson",
                            "davis",
                            "parker",
                            "price",
                            "bennett",
                            "young",
                            "griffiths",
                            "mitchell",
                            "kelly",
                            "cook",
                            "carter",
                            "richardson",
                            "bailey",
                            "collins",
                            "bell",
                            "shaw",
                            "murphy",
                            "miller",
                            "cox",
                            "richards",
                            "khan",
                            "marshall",
                            "anderson",
                            "simpson",
                            "ellis",
                            "adams",
                            "singh",
                            "begum",
                            "wilkinson",
                            "foster",
                            "chapman",
                            "powell",
                            "webb",
                            "rogers",
                            "gray",
                            "mason",
                            "ali",
                            "hunt",
                            "hussain",
                            "campbell",
                            "matthews",
                            "owen",
                            "palmer",
                            "holmes",
                            "mills",
                            "barnes",
                            "knight",
                            "lloyd",
                            "butler",
                            "russell",
                            "barker",
                            "fisher",
                            "stevens",
                            "jenkins",
                            "murray",
                            "dixon",
                            "harvey",
                            "graham",
                            "pearson",
                            "ahmed",
                            "fletcher",
                            "walsh",
                            "kaur",
                            "gibson",
                            "howard",
                            "andrews",
                            "stewart",
                            "elliott",
                            "reynolds",
                            "saunders",
                            "payne",
                            "fox",
                            "ford",
                            "pearce",
                            "day",
                            "brooks",
                            "west",
                            "lawrence",
                            "cole",
                            "atkinson",
                            "bradley",
                            "spencer",
                            "gill",
                            "dawson",
                            "ball",
                            "burton",
                            "obrien",
                            "watts",
                            "rose",
                            "booth",
                            "perry",
                            "ryan",
                            "grant",
                            "wells",
                            "armstrong",
                            "francis",
                            "rees",
                            "hayes",
                            "hart",
                            "hudson",
                            "newman",
                            "barrett",
                            "webster",
                            "hunter",
                            "gregory",
                            "carr",
                            "lowe",
                            "page",
                            "marsh",
                            "riley",
                            "dunn",
                            "woods",
                            "parsons",
                            "berry",
                            "stone",
                            "reid",
                            "holland",
                            "hawkins",
                            "harding",
                            "porter",
                            "robertson",
                            "newton",
                            "oliver",
                            "reed",
                            "kennedy",
                            "williamson",
                            "bird",
                            "gardner",
                            "shah",
                            "dean",
                            "lane",
                            "cooke",
                            "bates",
                            "henderson",
                            "parry",
                            "burgess",
                            "bishop",
                            "walton",
                            "burns",
                            "nicholson",
                            "shepherd",
                            "ross",
                            "cross",
                            "long",
                            "freeman",
                            "warren",
                            "nicholls",
                            "hamilton",
                            "byrne",
                            "sutton",
                            "mcdonald",
                            "yates",
                            "hodgson",
                            "robson",
                            "curtis",
                            "hopkins",
                            "okonkwo",
                            "kowalski",
                            "nowak",
                            "dumitru",
                            "popescu",
                            "mensah",
                            "chowdhury",
                            "rahman",
                            "kestley",
                            "fenwick",
                            "ashdown",
                            "pemberton",
                            "thornbury",
                            "whitlock",
                            "ainsworth"))
            .toArray(String[]::new);

    static final String[] STREETS = {
        "church",
        "station",
        "victoria",
        "high",
        "park",
        "green",
        "manor",
        "mill",
        "kings",
        "queens",
        "north",
        "south",
        "west",
        "london",
        "york",
        "grange",
        "springfield",
        "windsor",
        "albert",
        "highfield",
        "meadow",
        "orchard",
        "chestnut",
        "beech",
        "oak",
        "elm",
        "willow",
        "cedar",
        "ash",
        "holly",
        "rectory",
        "school",
        "new",
        "main",
        "bridge",
        "castle",
        "market",
        "chapel",
        "cromwell",
        "nelson",
        "waterloo",
        "stanley",
        "alexandra",
        "marlborough",
        "clarence",
        "belmont",
        "cambridge",
        "oxford",
        "priory",
        "abbey",
        "cherry",
        "hawthorn",
        "lime",
        "sycamore",
        "maple",
        "fern",
        "heather",
        "moor",
        "hill",
        "valley",
        "river",
        "brook",
        "lake",
        "forest"
    };

    static final String[][] STREET_TYPES = {
        {"Road", "Rd"},
        {"Street", "St"},
        {"Avenue", "Ave"},
        {"Lane", "Ln"},
        {"Close", "Cl"},
        {"Drive", "Dr"},
        {"Crescent", "Cres"},
        {"Gardens", "Gdns"},
        {"Place", "Pl"},
        {"Terrace", "Ter"}
    };

    /** Towns with a postcode area each. */
    static final String[][] TOWNS = {
        {"Hull", "HU"}, {"Bristol", "BS"}, {"Leeds", "LS"}, {"Sheffield", "S"}, {"Manchester", "M"},
        {"Liverpool", "L"}, {"Birmingham", "B"}, {"Nottingham", "NG"}, {"Leicester", "LE"}, {"Coventry", "CV"},
        {"Reading", "RG"}, {"Oxford", "OX"}, {"Cambridge", "CB"}, {"Norwich", "NR"}, {"Ipswich", "IP"},
        {"Exeter", "EX"}, {"Plymouth", "PL"}, {"Bath", "BA"}, {"Swindon", "SN"}, {"Cardiff", "CF"},
        {"Swansea", "SA"}, {"Newport", "NP"}, {"York", "YO"}, {"Durham", "DH"}, {"Newcastle", "NE"},
        {"Sunderland", "SR"}, {"Carlisle", "CA"}, {"Preston", "PR"}, {"Blackburn", "BB"}, {"Bolton", "BL"},
        {"Wigan", "WN"}, {"Warrington", "WA"}, {"Chester", "CH"}, {"Stoke-on-Trent", "ST"}, {"Derby", "DE"},
        {"Lincoln", "LN"}, {"Peterborough", "PE"}, {"Luton", "LU"}, {"Southampton", "SO"}, {"Portsmouth", "PO"},
        {"Brighton", "BN"}, {"Canterbury", "CT"}, {"Guildford", "GU"}, {"Edinburgh", "EH"}, {"Glasgow", "G"},
        {"Aberdeen", "AB"}, {"Dundee", "DD"}, {"Belfast", "BT"}
    };

    static final String[] COMPANY_WORDS = {
        "allied",
        "premier",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "national",
        "regional",
        "apex",
        "summit",
        "pinnacle",
        "crown",
        "royal",
        "imperial",
        "phoenix",
        "eagle",
        "falcon",
        "lion",
        "oak",
        "cedar",
        "willow",
        "acorn",
        "beacon",
        "bridge",
        "castle",
        "city",
        "county",
        "metro",
        "urban",
        "rapid",
        "swift",
        "express",
        "quality",
        "precision",
        "reliable",
        "trusted",
        "elite",
        "prime",
        "first",
        "direct",
        "united",
        "global",
        "atlas",
        "titan",
        "vanguard",
        "pioneer",
        "horizon",
        "meridian",
        "zenith",
        "orbit",
        "kestley",
        "pemberton",
        "thornbury",
        "whitlock",
        "ainsworth",
        "ashdown",
        "fenwick",
        "hartley",
        "barlow",
        "redfern",
        "blackwood",
        "greenfield",
        "silverdale",
        "goldcrest",
        "ironside",
        "stonegate",
        "millbrook",
        "riverside",
        "lakeside",
        "hillside",
        "parkway",
        "highway",
        "roadway",
        "kingsway",
        "queensway",
        "marlow",
        "dover",
        "severn",
        "thames",
        "trent",
        "mersey",
        "tyne",
        "humber",
        "pennine",
        "cotswold",
        "chiltern"
    };

    static final String[] TRADES = {
        "Scaffolding",
        "Plumbing and Heating",
        "Building Services",
        "Construction",
        "Roofing",
        "Groundworks",
        "Civil Engineering",
        "Demolition",
        "Haulage",
        "Waste Management",
        "Skip Hire",
        "Plant Hire",
        "Electrical",
        "Surfacing",
        "Tarmac",
        "Paving",
        "Drainage",
        "Traffic Management",
        "Fencing",
        "Landscapes",
        "Joinery",
        "Glazing",
        "Cleaning Services",
        "Security Services",
        "Facilities Management",
        "Logistics",
        "Recycling",
        "Asbestos Removal",
        "Interiors",
        "Property Maintenance",
        "Steel Fabrication",
        "Concrete",
        "Brickwork"
    };

    static final String[] FORMS = {"Limited", "Ltd", "Ltd.", "LLP", "PLC", "& Co Ltd", ""};

    private final Random random;
    private final Map<String, List<String>> nicknames;

    private UkStyleSets(long seed, Map<String, List<String>> nicknames) {
        this.random = new Random(seed);
        this.nicknames = nicknames;
    }

    /** Writes the four files for a seed into {@code dir}, with the nickname list at {@code nicknameCsv} if it exists. */
    public static Files4 write(long seed, Path dir, Path nicknameCsv, int people, int companies) throws IOException {
        Files.createDirectories(dir);
        UkStyleSets g = new UkStyleSets(seed, readNicknames(nicknameCsv));
        Files4 out = new Files4(
                dir.resolve("people-a.csv"),
                dir.resolve("people-b.csv"),
                dir.resolve("companies-a.csv"),
                dir.resolve("companies-b.csv"));
        List<List<String>> a = new ArrayList<>();
        List<List<String>> b = new ArrayList<>();
        g.people(people, a, b);
        String header = "id,full_name,date_of_birth,address,town,postcode,phone,email";
        csv(out.peopleA(), header, a);
        csv(out.peopleB(), header, b);
        a.clear();
        b.clear();
        g.companies(companies, a, b);
        header = "id,company_name,company_number,address,town,postcode,phone,email";
        csv(out.companiesA(), header, a);
        csv(out.companiesB(), header, b);
        return out;
    }

    public static void main(String[] args) throws IOException {
        long seed = 101;
        Path dir = Path.of("/tmp/uk-style");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files4 f = write(seed, dir, Path.of("../shared/data/nicknames/names.csv"), 5000, 3000);
        System.out.println("wrote " + f);
    }

    // ---- people

    private record Person(
            String given,
            String surname,
            LocalDate born,
            int house,
            String street,
            int type,
            int town,
            String postcode,
            String phone,
            String email) {}

    private void people(int n, List<List<String>> left, List<List<String>> right) {
        int trueCopies = n / 5;
        int relatives = n * 8 / 100;
        int namesakes = n * 8 / 100;
        int twins = n * 4 / 100;
        List<Person> ls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = person();
            ls.add(p);
            left.add(personRow("p" + i + "-a", p.given + " " + p.surname, p, isoDate(p.born), false));
        }
        List<Integer> order = shuffled(n);
        int k = 0;
        for (int c = 0; c < trueCopies; c++) {
            int i = order.get(k++);
            right.add(copy("p" + i + "-b", ls.get(i)));
        }
        // hard negatives are drawn from all of the left file, so some stand beside a true copy of the same person
        for (int c = 0; c < relatives; c++) {
            Person p = ls.get(random.nextInt(n));
            int years = 20 + random.nextInt(11);
            LocalDate born = random.nextBoolean()
                    ? safeYear(p.born, p.born.getYear() + (p.born.getYear() > 1975 ? -years : years))
                    : randomDate(p.born.getYear() + (p.born.getYear() > 1975 ? -years : years));
            Person r =
                    new Person(p.given, p.surname, born, p.house, p.street, p.type, p.town, p.postcode, phone(0.3), "");
            right.add(personRow("rel" + c + "-b", r.given + " " + r.surname, r, isoDate(r.born), random.nextBoolean()));
        }
        for (int c = 0; c < namesakes; c++) {
            Person p = ls.get(random.nextInt(n));
            Person other = person();
            // the same name in the same town, living elsewhere; one in three born the same year
            LocalDate born = random.nextInt(3) == 0 ? randomDate(p.born.getYear()) : other.born;
            Person s = new Person(
                    p.given,
                    p.surname,
                    born,
                    other.house,
                    other.street,
                    other.type,
                    p.town,
                    postcode(p.town),
                    other.phone,
                    other.email);
            right.add(personRow("ns" + c + "-b", s.given + " " + s.surname, s, isoDate(s.born), random.nextBoolean()));
        }
        for (int c = 0; c < twins; c++) {
            Person p = ls.get(random.nextInt(n));
            String given = pick(GIVEN);
            while (given.equals(p.given)) {
                given = pick(GIVEN);
            }
            Person t =
                    new Person(given, p.surname, p.born, p.house, p.street, p.type, p.town, p.postcode, phone(0.3), "");
            right.add(personRow("tw" + c + "-b", t.given + " " + t.surname, t, isoDate(t.born), random.nextBoolean()));
        }
        for (int c = right.size(); c < n; c++) {
            Person p = person();
            right.add(personRow("q" + c + "-b", p.given + " " + p.surname, p, isoDate(p.born), random.nextBoolean()));
        }
        Collections.shuffle(right, random);
    }

    private Person person() {
        String surname = pick(SURNAMES);
        if (random.nextInt(10) == 0) {
            String other = pick(SURNAMES);
            if (!other.equals(surname)) {
                surname = surname + "-" + other;
            }
        }
        int town = random.nextInt(TOWNS.length);
        String given = pick(GIVEN);
        return new Person(
                given,
                surname,
                randomDate(1930 + random.nextInt(76)),
                1 + random.nextInt(180),
                pick(STREETS),
                random.nextInt(STREET_TYPES.length),
                town,
                postcode(town),
                phone(0.5),
                random.nextInt(10) < 3
                        ? given + "." + surname.replace("-", "") + random.nextInt(100) + "@example.com"
                        : "");
    }

    /** A copy of a left person as another body would write it. */
    private List<String> copy(String id, Person p) {
        String given = p.given;
        String surname = p.surname;
        int r = random.nextInt(100);
        String name;
        if (r < 15 && nicknames.containsKey(given)) {
            given = pickOf(nicknames.get(given));
        } else if (r < 25) {
            given = given.substring(0, 1);
        }
        int s = random.nextInt(100);
        if (s < 12) {
            surname = typo(surname);
        } else if (s < 20 && surname.contains("-")) {
            String[] parts = surname.split("-");
            surname = parts[random.nextInt(2)];
        }
        int form = random.nextInt(100);
        if (form < 12) {
            name = surname.toUpperCase(Locale.ROOT) + ", " + cap(given);
        } else if (form < 17) {
            name = cap(given) + " " + surname.toUpperCase(Locale.ROOT);
        } else {
            name = cap(given) + " " + cap(surname);
        }
        String date = ukDate(p.born);
        int d = random.nextInt(100);
        if (d < 10 && p.born.getDayOfMonth() <= 12 && p.born.getDayOfMonth() != p.born.getMonthValue()) {
            date = String.format("%02d/%02d/%04d", p.born.getMonthValue(), p.born.getDayOfMonth(), p.born.getYear());
        } else if (d < 16) {
            date = ukDate(digitOff(p.born));
        } else if (d < 20) {
            date = "";
        } else if (d < 24) {
            date = String.format("%02d/%04d", p.born.getMonthValue(), p.born.getYear());
        }
        Person moved = p;
        List<String> row = personRow(id, name, moved, date, random.nextInt(100) < 40);
        if (random.nextInt(100) < 30) {
            row.set(5, row.get(5).replace(" ", ""));
        }
        if (random.nextInt(100) < 5) {
            row.set(5, "");
        }
        if (random.nextBoolean()) {
            row.set(6, "");
        }
        if (random.nextBoolean()) {
            row.set(7, "");
        }
        return row;
    }

    private List<String> personRow(String id, String name, Person p, String date, boolean abbreviate) {
        String[] type = STREET_TYPES[p.type];
        String address = p.house + " " + cap(p.street) + " " + (abbreviate ? type[1] : type[0]);
        return new ArrayList<>(List.of(id, name, date, address, TOWNS[p.town][0], p.postcode, p.phone, p.email));
    }

    // ---- companies

    private record Company(
            String word,
            String trade,
            String form,
            String number,
            int house,
            String street,
            int type,
            int town,
            String postcode,
            String phone,
            String email) {
        String name() {
            return cap(word) + " " + trade + (form.isEmpty() ? "" : " " + form);
        }
    }

    private void companies(int n, List<List<String>> left, List<List<String>> right) {
        int trueCopies = n / 5;
        int sameName = n * 14 / 100;
        int group = n * 6 / 100;
        List<Company> ls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Company c = company();
            ls.add(c);
            left.add(companyRow("c" + i + "-a", c.name(), c.number, c, false));
        }
        List<Integer> order = shuffled(n);
        for (int k = 0; k < trueCopies; k++) {
            int i = order.get(k);
            right.add(companyCopy("c" + i + "-b", ls.get(i)));
        }
        for (int k = 0; k < sameName; k++) {
            Company c = ls.get(random.nextInt(n));
            Company o = company();
            int town = random.nextInt(TOWNS.length);
            while (town == c.town) {
                town = random.nextInt(TOWNS.length);
            }
            // the same trading name and legal form elsewhere: another number, address, phone and email
            Company s = new Company(
                    c.word,
                    c.trade,
                    c.form,
                    o.number,
                    o.house,
                    o.street,
                    o.type,
                    town,
                    postcode(town),
                    o.phone,
                    o.email);
            right.add(companyRow("sn" + k + "-b", s.name(), s.number, s, random.nextBoolean()));
        }
        for (int k = 0; k < group; k++) {
            Company c = ls.get(random.nextInt(n));
            Company o = company();
            String trade = pick(TRADES);
            boolean phone = random.nextBoolean() && !c.phone.isEmpty();
            // a sister company: its own name and number, at the group's office, sharing its phone or email
            Company s = new Company(
                    c.word,
                    trade,
                    c.form.isEmpty() ? "Ltd" : c.form,
                    o.number,
                    c.house,
                    c.street,
                    c.type,
                    c.town,
                    c.postcode,
                    phone ? c.phone : o.phone,
                    phone ? o.email : c.email);
            right.add(companyRow("gr" + k + "-b", s.name(), s.number, s, random.nextBoolean()));
        }
        for (int k = right.size(); k < n; k++) {
            Company c = company();
            right.add(companyRow("d" + k + "-b", c.name(), c.number, c, random.nextBoolean()));
        }
        Collections.shuffle(right, random);
    }

    private Company company() {
        String word = pick(COMPANY_WORDS);
        String trade = pick(TRADES);
        int town = random.nextInt(TOWNS.length);
        String domain =
                word + trade.toLowerCase(Locale.ROOT).replace(" and ", "").replace(" ", "") + ".co.uk";
        return new Company(
                word,
                trade,
                FORMS[random.nextInt(FORMS.length)],
                companyNumber(),
                1 + random.nextInt(300),
                pick(STREETS),
                random.nextInt(STREET_TYPES.length),
                town,
                postcode(town),
                phone(0.8),
                random.nextInt(10) < 6
                        ? pick(new String[] {"info", "office", "accounts", "enquiries"}) + "@" + domain
                        : "");
    }

    private String companyNumber() {
        int r = random.nextInt(100);
        if (r < 3) {
            return pick(new String[] {"N/A", "unknown", "0123456X", "SC12345", "TBC"});
        }
        String digits6 = String.format("%06d", random.nextInt(1_000_000));
        if (r < 70) {
            return String.format("%08d", random.nextInt(16_000_000));
        }
        if (r < 80) {
            return "SC" + digits6;
        }
        if (r < 85) {
            return "NI" + digits6;
        }
        if (r < 95) {
            return "OC" + digits6;
        }
        return "LP" + digits6;
    }

    private List<String> companyCopy(String id, Company c) {
        String name = cap(c.word) + " " + c.trade;
        int r = random.nextInt(100);
        if (r < 25) {
            name = name.replace(" and ", " & ");
        }
        if (random.nextInt(100) < 15) {
            name = cap(typo(c.word)) + " " + c.trade;
        }
        String form = c.form;
        int f = random.nextInt(100);
        if (f < 30) {
            form = switch (form) {
                case "Limited" -> "Ltd";
                case "Ltd", "Ltd." -> "Limited";
                case "& Co Ltd" -> "and Co Limited";
                default -> form;
            };
        } else if (f < 45) {
            form = "";
        }
        name = form.isEmpty() ? name : name + " " + form;
        if (random.nextInt(100) < 15) {
            name = name.toUpperCase(Locale.ROOT);
        }
        String number = c.number;
        int n = random.nextInt(100);
        if (n < 30 && number.matches("0+[0-9]+")) {
            number = number.replaceFirst("^0+", "");
        } else if (n < 40) {
            number = number.toLowerCase(Locale.ROOT);
        } else if (n < 50) {
            number = "";
        } else if (n < 53) {
            number = "N/A";
        }
        List<String> row = companyRow(id, name, number, c, random.nextInt(100) < 40);
        if (random.nextInt(100) < 30) {
            row.set(5, row.get(5).replace(" ", ""));
        }
        if (!c.phone.isEmpty() && random.nextInt(100) < 40) {
            row.set(6, "+44 " + c.phone.substring(1));
        } else if (random.nextInt(100) < 30) {
            row.set(6, "");
        }
        if (random.nextInt(100) < 20) {
            row.set(7, c.email.toUpperCase(Locale.ROOT));
        }
        return row;
    }

    private List<String> companyRow(String id, String name, String number, Company c, boolean abbreviate) {
        String[] type = STREET_TYPES[c.type];
        String address = "Unit " + c.house + " " + cap(c.street) + " " + (abbreviate ? type[1] : type[0]);
        return new ArrayList<>(List.of(id, name, number, address, TOWNS[c.town][0], c.postcode, c.phone, c.email));
    }

    // ---- parts

    private String postcode(int town) {
        String area = TOWNS[town][1];
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return area + (1 + random.nextInt(area.length() == 1 ? 20 : 12)) + " " + random.nextInt(10)
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }

    private String phone(double share) {
        if (random.nextDouble() >= share) {
            return "";
        }
        return random.nextBoolean()
                ? String.format("07%03d %06d", 700 + random.nextInt(300), random.nextInt(1_000_000))
                : String.format("01%03d %06d", 100 + random.nextInt(900), random.nextInt(1_000_000));
    }

    private LocalDate randomDate(int year) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }

    private static LocalDate safeYear(LocalDate d, int year) {
        return d.getMonthValue() == 2 && d.getDayOfMonth() == 29 ? LocalDate.of(year, 2, 28) : d.withYear(year);
    }

    /** The same date with one digit of the day or month changed, still a date. */
    private LocalDate digitOff(LocalDate d) {
        for (int tries = 0; tries < 20; tries++) {
            int day = d.getDayOfMonth();
            int month = d.getMonthValue();
            if (random.nextBoolean()) {
                day = (day / 10) * 10 + random.nextInt(10);
            } else {
                month = (month / 10) * 10 + random.nextInt(10);
            }
            if ((day != d.getDayOfMonth() || month != d.getMonthValue())
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && day <= 28) {
                return LocalDate.of(d.getYear(), month, day);
            }
        }
        return d.plusDays(1);
    }

    private String typo(String s) {
        if (s.length() < 3) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1); // a letter left out
            case 1 -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                yield new String(c); // two letters swapped
            }
            default -> {
                c[i] = (char) ('a' + random.nextInt(26));
                yield new String(c); // a letter mistyped
            }
        };
    }

    private static String isoDate(LocalDate d) {
        return d.toString();
    }

    private static String ukDate(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String cap(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char ch : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == '-' || ch == ' ';
        }
        return b.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String pickOf(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private List<Integer> shuffled(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order;
    }

    private static Map<String, List<String>> readNicknames(Path csv) {
        Map<String, List<String>> out = new HashMap<>();
        if (csv == null || !Files.exists(csv)) {
            // a few of the commonest, so the sets still have nicknames without the shared list
            out.put("robert", List.of("bob", "rob", "bobby"));
            out.put("william", List.of("bill", "will", "billy"));
            out.put("elizabeth", List.of("liz", "beth", "betty"));
            out.put("margaret", List.of("maggie", "peggy"));
            out.put("richard", List.of("dick", "rick"));
            out.put("katherine", List.of("kate", "kathy"));
            return out;
        }
        try {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                String[] p = line.split(",");
                if (p.length >= 3 && p[1].strip().equals("has_nickname")) {
                    out.computeIfAbsent(p[0].strip(), k -> new ArrayList<>()).add(p[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void csv(Path file, String header, List<List<String>> rows) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                String v = row.get(i);
                b.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            b.append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }
}
