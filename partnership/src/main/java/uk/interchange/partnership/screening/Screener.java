package uk.interchange.partnership.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.interchange.partnership.matching.Index;
import uk.interchange.partnership.matching.MatchRecord;
import uk.interchange.partnership.matching.MatchRecord.Field;
import uk.interchange.partnership.matching.Similarity;
import uk.interchange.partnership.network.Graph;

/**
 * Screens the bidders of a tender against a watchlist. A bidder is referred when any of its entities (the company,
 * its officers and people with significant control, addresses, phones, emails, accounts) is, or is linked within
 * three steps to, an entity the watchlist links to an organised crime group; every path is given step by step, with
 * how sure each match is. Red flags that need no intelligence are reported beside, and do not refer on their own.
 */
public final class Screener {
    /** How a screening is run: the lowest match probability, the tender's date, the sectors at higher risk. */
    public record Options(
            double threshold,
            Optional<LocalDate> tenderDate,
            Set<String> riskySectors,
            int maxSteps,
            int crowdedAddress) {
        public static Options defaults() {
            return new Options(
                    // a referral is an analyst's question, not a finding: a likely match is enough to ask it
                    0.5,
                    Optional.empty(),
                    Set.of("waste", "construction", "security", "taxis", "care", "scrap metal", "car wash"),
                    3,
                    // a formation agent's or virtual office's address holds hundreds; ten is already unusual
                    10);
        }

        public Options on(LocalDate tender) {
            return new Options(threshold, Optional.of(tender), riskySectors, maxSteps, crowdedAddress);
        }

        public Options withThreshold(double t) {
            return new Options(t, tenderDate, riskySectors, maxSteps, crowdedAddress);
        }
    }

    /**
     * One bidder's answer: refer or not; the paths to crime groups that refer it, the matches on those paths, and
     * the red flags. All of it is for the police: a council is told only {@link #outcome()}.
     */
    public record Result(String bidder, boolean refer, List<Path> paths, List<Match> matches, List<String> flags) {
        public Result {
            paths = List.copyOf(paths);
            matches = List.copyOf(matches);
            flags = List.copyOf(flags);
        }

        public Outcome outcome() {
            return refer ? Outcome.REFER : Outcome.NO_HIT;
        }

        /** Every reason in words: the paths first, then the red flags. */
        public List<String> reasons() {
            List<String> all = new ArrayList<>();
            paths.forEach(p -> all.add(p.words()));
            all.addAll(flags);
            return all;
        }
    }

    /** A path from the bidder to a crime group, in words, and the watchlist entities it passes through. */
    public record Path(String words, String group, List<String> through) {
        public Path {
            through = List.copyOf(through);
        }
    }

    /**
     * One of the bidder's people or companies matched to a watchlist entity on a path: how sure, and each
     * comparison's level and weight ("surname: the same (+9.1)"), so an analyst can see why.
     */
    public record Match(
            String bidderEntity, String watchlistId, String watchlistLabel, double probability, List<String> why) {
        public Match {
            why = List.copyOf(why);
        }
    }

    private static final Set<Field> PERSON_FIELDS =
            EnumSet.of(Field.GIVEN, Field.SURNAME, Field.FULL_NAME, Field.BIRTH, Field.POSTCODE);
    private static final Set<Field> COMPANY_FIELDS =
            EnumSet.of(Field.COMPANY_NAME, Field.COMPANY_NUMBER, Field.POSTCODE);

    private final Map<String, Party> watch = new HashMap<>();
    private final List<Party> people = new ArrayList<>();
    private final List<Party> companies = new ArrayList<>();
    private final Index peopleIndex;
    private final Index companyIndex;
    private final Map<String, List<Party>> byValue = new HashMap<>();
    private final Graph graph = new Graph();
    private final Map<String, List<String>> directorships = new HashMap<>();
    private final Optional<Index> disqualified;
    /** The watchlist's companies at each address (by {@link #addressKey}): their own, or one they are registered at. */
    private final Map<String, Set<String>> companiesAt = new HashMap<>();

    public Screener(ScreeningCsv.Read watchlist, List<Party> disqualifiedDirectors) {
        for (Party p : watchlist.entities()) {
            watch.put(p.id(), p);
            switch (p.kind()) {
                case PERSON -> people.add(p);
                case COMPANY -> companies.add(p);
                default ->
                    byValue.computeIfAbsent(valueKey(p), k -> new ArrayList<>()).add(p);
            }
            p.group().ifPresent(g -> graph.link(p.id(), "group:" + g, "linked to crime group"));
        }
        for (ScreeningCsv.Link l : watchlist.links()) {
            if (!watch.containsKey(l.from()) || !watch.containsKey(l.to())) {
                throw new ScreeningCsv.Refused(l.line(), "the link joins an id that is not in the watchlist");
            }
            graph.link(l.from(), l.to(), l.words());
            if (l.words().strip().equalsIgnoreCase("director of")) {
                directorships.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
            }
            Party at = watch.get(l.to());
            if (l.words().strip().equalsIgnoreCase("registered at")
                    && watch.get(l.from()).kind() == Party.Kind.COMPANY
                    && at.kind() == Party.Kind.ADDRESS) {
                companiesAt
                        .computeIfAbsent(buildingKey(at), k -> new java.util.HashSet<>())
                        .add(l.from());
            }
        }
        for (Party c : companies) {
            if (c.fields().containsKey(Field.POSTCODE)) {
                companiesAt
                        .computeIfAbsent(buildingKey(c), k -> new java.util.HashSet<>())
                        .add(c.id());
            }
        }
        this.peopleIndex = new Index(people.stream().map(Party::record).toList(), PERSON_FIELDS);
        this.companyIndex = new Index(companies.stream().map(Party::record).toList(), COMPANY_FIELDS);
        this.disqualified = disqualifiedDirectors.isEmpty()
                ? Optional.empty()
                : Optional.of(new Index(
                        disqualifiedDirectors.stream().map(Party::record).toList(), PERSON_FIELDS));
    }

    /** Screens every bidder of one tender (they are checked against each other too). */
    public synchronized List<Result> screen(Map<String, List<Party>> bidders, Options o) {
        try {
            return screenAll(bidders, o);
        } finally {
            matched.clear();
        }
    }

    private List<Result> screenAll(Map<String, List<Party>> bidders, Options o) {
        Map<String, List<String>> flags = RedFlags.between(bidders, o.threshold());
        List<Result> out = new ArrayList<>();
        for (var b : bidders.entrySet()) {
            Map<String, Match> found = new HashMap<>();
            List<Path> paths = hits(b.getKey(), b.getValue(), o, found);
            List<String> red = new ArrayList<>(flags.getOrDefault(b.getKey(), List.of()));
            red.addAll(ownFlags(b.getValue(), o));
            Set<String> onPaths = new java.util.HashSet<>();
            paths.forEach(p -> onPaths.addAll(p.through()));
            List<Match> matches = found.values().stream()
                    .filter(m -> onPaths.contains(m.watchlistId()))
                    .sorted(java.util.Comparator.comparingDouble(Match::probability)
                            .reversed())
                    .toList();
            out.add(new Result(b.getKey(), !paths.isEmpty(), paths, matches, red));
        }
        return out;
    }

    /** The paths from the bidder's entities to anything the watchlist links to a crime group. */
    private List<Path> hits(String bidder, List<Party> parties, Options o, Map<String, Match> found) {
        Graph mine = new Graph();
        Map<String, String> because = new HashMap<>();
        List<String> starts = new ArrayList<>(List.of("bidder:" + bidder));
        Party company = parties.stream()
                .filter(p -> p.kind() == Party.Kind.COMPANY)
                .findFirst()
                .orElse(parties.get(0));
        for (Party p : parties) {
            List<String> nodes = new ArrayList<>();
            for (Index.Found f : matches(p, o)) {
                nodes.add(f.record().id());
                found.putIfAbsent(f.record().id(), match(p, f));
                because.put(
                        f.record().id(),
                        String.format(Locale.ROOT, "%s, probability %.2f", p.label(), f.probability()));
            }
            nodes.addAll(exact(p));
            if (p == company) {
                starts.addAll(nodes);
                continue;
            }
            for (String n : nodes) {
                mine.join("bidder:" + bidder, n, roleWords(p, true), roleWords(p, false));
            }
        }
        List<Path> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (List<Graph.Step> path : graph.paths(starts, n -> n.startsWith("group:"), o.maxSteps() + 1, mine)) {
            if (path.isEmpty()) {
                continue;
            }
            String group = path.get(path.size() - 1).to().substring("group:".length());
            // each step drawn with its direction: "A → director of → B", or "B ← uses phone ← A" read backwards
            StringBuilder s = new StringBuilder(company.label());
            for (Graph.Step step : path) {
                String to = step.to().startsWith("group:") ? group : name(step.to(), because);
                String w = step.words();
                if (w.startsWith("(") && w.endsWith(")")) {
                    s.append(" ← ").append(w, 1, w.length() - 1).append(" ← ").append(to);
                } else {
                    s.append(" → ").append(w).append(" → ").append(to);
                }
            }
            // a path that starts at a watchlist company the bidder's company matched says so first
            if (!path.get(0).from().startsWith("bidder:")) {
                s.insert(0, "the bidder matches " + name(path.get(0).from(), because) + ": ");
            }
            if (seen.add(s.toString())) {
                List<String> through = new ArrayList<>();
                if (watch.containsKey(path.get(0).from())) {
                    through.add(path.get(0).from());
                }
                for (Graph.Step step : path) {
                    if (watch.containsKey(step.to())) {
                        through.add(step.to());
                    }
                }
                out.add(new Path(s.toString(), group, through));
            }
        }
        return out;
    }

    private Match match(Party p, Index.Found f) {
        Index index = p.kind() == Party.Kind.PERSON ? peopleIndex : companyIndex;
        List<String> why = new ArrayList<>();
        for (int c = 0; c < f.levels().length; c++) {
            why.add(String.format(
                    Locale.ROOT,
                    "%s: %s (%+.1f)",
                    index.comparisons().get(c).name(),
                    index.comparisons().get(c).words(f.levels()[c]),
                    f.weights()[c]));
        }
        Party w = watch.get(f.record().id());
        return new Match(p.label(), w.id(), w.kind().word() + " " + w.label(), f.probability(), why);
    }

    private String name(String node, Map<String, String> because) {
        Party w = watch.get(node);
        String label = w == null ? node : w.kind().word() + " " + w.label() + " (watchlist " + w.id();
        return because.containsKey(node) ? label + ", matched from " + because.get(node) + ")" : label + ")";
    }

    /** The watchlist entries a bidder's person or company is, kept for the screening of one tender. */
    private final Map<Party, List<Index.Found>> matched = new java.util.IdentityHashMap<>();

    private List<Index.Found> matches(Party p, Options o) {
        return matched.computeIfAbsent(p, x -> find(x, o));
    }

    private List<Index.Found> find(Party p, Options o) {
        return switch (p.kind()) {
            case PERSON -> peopleIndex.find(p.record(), o.threshold());
            case COMPANY -> companyIndex.find(p.record(), o.threshold());
            default -> List.of();
        };
    }

    private List<String> exact(Party p) {
        if (p.kind() == Party.Kind.PERSON || p.kind() == Party.Kind.COMPANY) {
            return List.of();
        }
        return byValue.getOrDefault(valueKey(p), List.of()).stream()
                .map(Party::id)
                .toList();
    }

    /** The normalised value an address, phone, email or account is known by. */
    static String valueKey(Party p) {
        MatchRecord r = p.record();
        return switch (p.kind()) {
            case PHONE -> "phone:" + r.phone();
            case EMAIL -> "email:" + r.email();
            case ACCOUNT -> "account:" + p.account();
            case ADDRESS -> "address:" + addressKey(p);
            default -> p.kind() + ":" + p.id();
        };
    }

    /** An address as its postcode and house number or first word, so that "14 Gasworks Rd" finds "14 Gasworks Road". */
    static String addressKey(Party p) {
        String postcode = uk.interchange.partnership.model.Postcode.parse(
                        p.fields().getOrDefault(Field.POSTCODE, ""))
                .value()
                .map(Object::toString)
                .orElse(p.fields()
                        .getOrDefault(Field.POSTCODE, "")
                        .toUpperCase(Locale.ROOT)
                        .replace(" ", ""));
        List<String> words = uk.interchange.partnership.matching.Text.words(
                uk.interchange.partnership.matching.Text.fold(p.fields().getOrDefault(Field.ADDRESS, "")));
        return postcode + "|" + (words.isEmpty() ? "" : words.get(0));
    }

    /**
     * A building as its postcode and its last number ("Suite 5, 20 Wenlock Road" and "20 Wenlock Rd" are both number
     * 20), or its first word when it has no number: where companies are counted, suites of one building are one.
     */
    static String buildingKey(Party p) {
        String key = addressKey(p);
        String postcode = key.substring(0, key.indexOf('|'));
        List<String> words = uk.interchange.partnership.matching.Text.words(
                uk.interchange.partnership.matching.Text.fold(p.fields().getOrDefault(Field.ADDRESS, "")));
        for (int i = words.size() - 1; i >= 0; i--) {
            if (!words.get(i).isEmpty() && Character.isDigit(words.get(i).charAt(0))) {
                return postcode + "|" + words.get(i);
            }
        }
        return key;
    }

    private static String roleWords(Party p, boolean fromBidder) {
        String words =
                switch (p.kind()) {
                    case PERSON ->
                        switch (p.role()) {
                            case "psc" -> "person with significant control";
                            case "secretary" -> "secretary";
                            case "owner" -> "owner";
                            default -> "director";
                        };
                    case ADDRESS -> "is at";
                    case PHONE -> "uses phone";
                    case EMAIL -> "uses email";
                    case ACCOUNT -> "holds account";
                    case COMPANY -> "connected company";
                };
        if (p.kind() == Party.Kind.PERSON) {
            return fromBidder ? "has as " + words : words + " of the bidder";
        }
        return fromBidder ? words : "(" + words + ")";
    }

    /** Red flags of one bidder on its own: the sector, a new company, a director disqualified or behind a phoenix. */
    private List<String> ownFlags(List<Party> parties, Options o) {
        List<String> flags = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (Party p : parties) {
            boolean hasAddress = p.kind() == Party.Kind.ADDRESS || p.kind() == Party.Kind.COMPANY;
            if (hasAddress && p.fields().containsKey(Field.POSTCODE) && addresses.add(buildingKey(p))) {
                int n = companiesAt.getOrDefault(buildingKey(p), Set.of()).size();
                if (n >= o.crowdedAddress()) {
                    String where = (p.fields().getOrDefault(Field.ADDRESS, "") + " "
                                    + p.fields().get(Field.POSTCODE))
                            .strip();
                    flags.add("red flag: " + n + " companies on record are registered at " + where
                            + " (a formation agent's or a virtual office's address?)");
                }
            }
        }
        for (Party p : parties) {
            if (p.kind() == Party.Kind.COMPANY) {
                if (!p.sector().isEmpty() && o.riskySectors().contains(p.sector())) {
                    flags.add("red flag: works in a sector at higher risk (" + p.sector() + ")");
                }
                if (o.tenderDate().isPresent()
                        && p.incorporated().isPresent()
                        && !p.incorporated().get().isBefore(o.tenderDate().get().minusMonths(12))) {
                    flags.add("red flag: incorporated on " + p.incorporated().get()
                            + ", less than a year before the tender");
                }
            }
            if (p.kind() == Party.Kind.PERSON) {
                disqualified.ifPresent(d -> d.find(p.record(), o.threshold()).stream()
                        .findFirst()
                        .ifPresent(f -> flags.add(String.format(
                                Locale.ROOT,
                                "red flag: %s matches a disqualified director (%s, probability %.2f)",
                                p.label(),
                                f.record().id(),
                                f.probability()))));
                flags.addAll(phoenix(p, parties, o));
            }
        }
        return flags;
    }

    /** A director who ran a company dissolved or liquidated in the last five years with a name like the bidder's. */
    private List<String> phoenix(Party director, List<Party> parties, Options o) {
        Optional<Party> bidder =
                parties.stream().filter(p -> p.kind() == Party.Kind.COMPANY).findFirst();
        if (bidder.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        LocalDate since = o.tenderDate().orElse(LocalDate.now()).minusYears(5);
        for (Index.Found f : matches(director, o)) {
            for (String companyId : directorships.getOrDefault(f.record().id(), List.of())) {
                Party old = watch.get(companyId);
                boolean gone = old.status().equals("dissolved") || old.status().equals("liquidation");
                boolean recent = old.dissolved().map(d -> !d.isBefore(since)).orElse(true);
                double alike = Similarity.jaroWinkler(
                        uk.interchange.partnership.matching.Names.company(old.label()),
                        uk.interchange.partnership.matching.Names.company(
                                bidder.get().label()));
                if (gone && recent && alike >= 0.85) {
                    out.add(String.format(
                            Locale.ROOT,
                            "red flag: %s was a director of %s (%s%s), whose name is like the bidder's",
                            director.label(),
                            old.label(),
                            old.status(),
                            old.dissolved().map(d -> " " + d).orElse("")));
                }
            }
        }
        return out;
    }
}
