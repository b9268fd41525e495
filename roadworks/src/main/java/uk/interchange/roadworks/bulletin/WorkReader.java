package uk.interchange.roadworks.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.Lifecycle;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.OpenEnd;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.WindowChange;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/** Reads the sentences under one works heading into a work. */
final class WorkReader {
    private static final Pattern LIFECYCLE = Pattern.compile(
            "(?i)\\b(starts?|begins?|commences?|continues?|go(?:es)?\\s+on|carr(?:y|ies)\\s+on|resumes?|finish(?:es)?"
                    + "|ends?|completes?|takes?\\s+place|is\\s+taking\\s+place|gets?\\s+underway)(?:\\s+(?:this|next)?\\s*week\\b|\\s*[.]?$)");
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?i)^(?:scheme|works?|description|purpose)\\s*:|^(?:the\\s+)?(?:work|works|improvements?|scheme)\\s+"
                    + "(?:to|on|by|will|is|are|continues?|starts?|begins?)\\b");
    private static final Pattern COMPLETION =
            Pattern.compile("(?i)\\b(?:due|scheduled|expected|planned|programmed|set|anticipated)"
                    + "\\s+to\\s+(?:be\\s+)?(?:complete|completed|finish|finished|end|open|opened|last|run|continue)"
                    + "\\s+(?:in|by|on|at|during|until|till)\\s+(.+?)[.]?$"
                    + "|\\b(?:will\\s+be|is|are)\\s+(?:complete|completed|finished)\\s+(?:in|by|during)\\s+(.+?)[.]?$");

    private final Heading heading;
    private final String id;
    private final DateContext ctx;
    private final Sink sink;
    private final List<Pending> restrictions = new ArrayList<>();
    private Lifecycle lifecycle = Lifecycle.UNKNOWN;
    private String description;
    private String completion;
    private boolean lastWasDiversion;
    private List<Integer> lastDiversionTargets = List.of();
    private Schedule lastSchedule;
    private String purpose;
    private Restriction lastInParagraph;

    /** Where a reading writes its warnings and its account of each sentence. */
    interface Sink {
        void account(String sentence, Accounted.Use use);

        void warn(String sentence, String reason, Warning.Kind kind);
    }

    /** A restriction being built: its schedule may come from a later sentence or from the completion date. */
    private static final class Pending {
        Restriction r;
        final boolean needsSchedule;

        Pending(Restriction r, boolean needsSchedule) {
            this.r = r;
            this.needsSchedule = needsSchedule;
        }
    }

    WorkReader(Heading heading, String id, DateContext ctx, Sink sink) {
        this.heading = heading;
        this.id = id;
        this.ctx = ctx;
        this.sink = sink;
    }

    void accept(String sentence, boolean bullet) {
        boolean diversion = DiversionParser.mentionsDiversion(sentence) || bullet && lastWasDiversion;
        Optional<String> boiler = Boilerplate.reason(sentence);
        if (boiler.isPresent() && !diversion) {
            lastWasDiversion = false;
            sink.warn(sentence, boiler.get(), Warning.Kind.BOILERPLATE);
            sink.account(sentence, Accounted.Use.WARNING);
            return;
        }
        checkTypos(sentence);
        String low = sentence.toLowerCase(Locale.ROOT);
        Matcher done = COMPLETION.matcher(sentence);
        boolean mayComplete = low.contains("complet")
                || low.contains("finish")
                || low.contains(" to end")
                || low.contains(" to open")
                || low.contains(" to last")
                || low.contains(" to run")
                || low.contains(" to continue");
        if (mayComplete && done.find() && !diversion) {
            completion = (done.group(1) != null ? done.group(1) : done.group(2)).strip();
            lastWasDiversion = false;
            sink.account(sentence, Accounted.Use.COMPLETION);
            return;
        }
        Optional<WindowChange> change = ChangeParser.parse(sentence, ctx);
        if (change.isPresent()) {
            applyChange(sentence, change.get());
            lastWasDiversion = false;
            return;
        }
        if (diversion
                && !(bullet && lastWasDiversion)
                && closesSomething(low)
                && !RestrictionParser.parse(sentence).isEmpty()) {
            // "The carriageway will be closed ... Diversion route: via the A659": the closure, then its diversion
            lastWasDiversion = false;
            restrictionOrProse(sentence);
            diversion(sentence, false, false);
            return;
        }
        if (diversion) {
            diversion(sentence, bullet, true);
            return;
        }
        lastWasDiversion = false;
        restrictionOrProse(sentence);
    }

    private void restrictionOrProse(String sentence) {
        When when = WhenParser.parse(sentence, ctx);
        List<Draft> drafts = RestrictionParser.parse(when.masked());
        Matcher life = LIFECYCLE.matcher(sentence);
        boolean describes = mentionsLifecycle(sentence) && life.find()
                || DESCRIPTION.matcher(sentence).find();
        if (describes && lifecycle == Lifecycle.UNKNOWN && life.find(0)) {
            lifecycle = lifecycle(life.group(1));
        }
        if (!drafts.isEmpty()) {
            if (describes && description == null) {
                description = sentence;
            }
            Schedule schedule = when.schedule();
            List<String> oddities = when.oddities();
            String lowSentence = sentence.toLowerCase(Locale.ROOT);
            boolean mayRefer =
                    lowSentence.contains("same") || lowSentence.contains("those") || lowSentence.contains("these");
            if (mayRefer && lastSchedule != null && SAME_DAYS.matcher(sentence).find()) {
                // "on the same night between 10pm and 5am": the days of the restriction before, this sentence's hours
                schedule = sameDays(lastSchedule, schedule, sentence);
                oddities = oddities.stream()
                        .filter(o -> !o.startsWith("no dates are given"))
                        .toList();
            }
            if (schedule.isEmpty()
                    && !when.found()
                    && lastSchedule != null
                    && drafts.stream().anyMatch(WorkReader::timed)) {
                sink.warn(
                        sentence,
                        "no time is given; read as the same times as the restriction before it",
                        Warning.Kind.ODDITY);
                schedule = lastSchedule;
            }
            if (!schedule.isEmpty()) {
                lastSchedule = schedule;
            }
            for (String odd : oddities) {
                sink.warn(sentence, odd, Warning.Kind.ODDITY);
            }
            boolean needs = schedule.isEmpty();
            for (Draft d : drafts) {
                Schedule own = schedule == when.schedule() ? ownPart(d, when) : schedule;
                restrictions.add(new Pending(restriction(d, own, sentence), needs));
            }
            sink.account(sentence, Accounted.Use.RESTRICTION);
            return;
        }
        if (describes) {
            if (description == null) {
                description = sentence;
            }
            sink.account(sentence, Accounted.Use.DESCRIPTION);
            return;
        }
        if (!when.schedule().isEmpty() && fillMissingSchedules(when.schedule(), sentence)) {
            for (String odd : when.oddities()) {
                sink.warn(sentence, odd, Warning.Kind.ODDITY);
            }
            sink.account(sentence, Accounted.Use.RESTRICTION);
            return;
        }
        if (heading.purpose().isEmpty() && purpose == null && restrictions.isEmpty() && isShortLabel(sentence)) {
            // "M5 Jct 3 to Jct 4" then "Resurfacing.": a heading without its purpose, given on the next line
            purpose = sentence.replaceAll("[.:;]+$", "").strip();
            sink.account(sentence, Accounted.Use.DESCRIPTION);
            return;
        }
        sink.warn(
                sentence,
                "not read as works: no restriction, diversion or schedule change found in it",
                Warning.Kind.NOT_READ);
        sink.account(sentence, Accounted.Use.WARNING);
    }

    private static final List<String> LIFECYCLE_WORDS = List.of(
            "go on",
            "goes on",
            "carr",
            "resum",
            "start",
            "begin",
            "commence",
            "continu",
            "finish",
            "end",
            "complet",
            "take",
            "taking",
            "underway");

    /** A lifecycle verb stands before "this week" or at the end of the sentence; most sentences have neither. */
    private static boolean mentionsLifecycle(String sentence) {
        String low = sentence.toLowerCase(Locale.ROOT);
        String tail = low.substring(Math.max(0, low.length() - 24));
        boolean place = low.contains("this week")
                || low.contains("next week")
                || low.contains(" week ")
                || low.endsWith(" week")
                || low.endsWith(" week.");
        return (place || LIFECYCLE_WORDS.stream().anyMatch(tail::contains))
                && LIFECYCLE_WORDS.stream().anyMatch(low::contains);
    }

    private static final Pattern SAME_DAYS =
            Pattern.compile("(?i)\\b(?:the\\s+same|those|these)\\s+(?:nights?|days?|dates?|times?)\\b");

    /** The earlier rule's days with this sentence's window, when it gives one. */
    private static Schedule sameDays(Schedule earlier, Schedule now, String sentence) {
        java.util.Optional<Recurring> window = now.periods().stream()
                .filter(Recurring.class::isInstance)
                .map(Recurring.class::cast)
                .findFirst();
        if (window.isEmpty()) {
            return new Schedule(sentence, earlier.periods(), earlier.changes(), earlier.openEnd());
        }
        List<uk.interchange.roadworks.model.Period> periods = new ArrayList<>();
        for (uk.interchange.roadworks.model.Period p : earlier.periods()) {
            if (p instanceof Recurring r) {
                periods.add(new Recurring(
                        r.from(),
                        r.until(),
                        r.days(),
                        window.get().start(),
                        window.get().end(),
                        r.nights()));
            } else {
                periods.add(p);
            }
        }
        return new Schedule(sentence, periods, List.of(), earlier.openEnd());
    }

    /**
     * When a sentence names two restrictions each with its own dates ("Lane closures ... until Friday 16 March, with a
     * full closure ... on Wednesday 14 March"), each takes the periods written within its own words; a restriction
     * whose words hold none takes the whole schedule.
     */
    private static Schedule ownPart(Draft d, When when) {
        List<uk.interchange.roadworks.model.Period> mine = new ArrayList<>();
        for (When.Part p : when.parts()) {
            if (p.pos() >= d.from() && p.pos() < d.to()) {
                mine.add(p.period());
            }
        }
        if (mine.isEmpty() || mine.size() == when.parts().size()) {
            return when.schedule();
        }
        return new Schedule(
                when.schedule().text(),
                mine,
                when.schedule().changes(),
                when.schedule().openEnd());
    }

    /** Restrictions that happen at set times (closures); narrow lanes and speed limits usually stay day and night. */
    private static boolean timed(Draft d) {
        return switch (d.type()) {
            case NARROW_LANES, SPEED_LIMIT, CONTRAFLOW -> false;
            default -> true;
        };
    }

    /** Called at each new paragraph: a restriction leans on the one before it only within a paragraph. */
    void newParagraph() {
        lastInParagraph = null;
    }

    private Restriction restriction(Draft d, Schedule schedule, String sentence) {
        Location loc = d.location();
        Direction direction = d.direction();
        if (direction == Direction.UNKNOWN && !loc.hasPosition() && lastInParagraph != null) {
            // "Traffic management ... on the southbound carriageway between junctions 35 and 34 ... Lane restrictions
            // will operate nightly": a sentence that names neither way nor place goes on from the one before.
            direction = lastInParagraph.direction();
            loc = loc.atPositionOf(lastInParagraph.location());
        }
        if (!loc.hasPosition() && heading.location().hasPosition()) {
            loc = loc.atPositionOf(heading.location());
        }
        String main = heading.roads().isEmpty() ? "" : heading.roads().get(0);
        if (direction == Direction.UNKNOWN) {
            direction = Coastbound.direction(sentence, d.road().orElse(main));
        }
        String road = d.road().orElse(main);
        Restriction r =
                new Restriction(d.type(), road, direction, loc, schedule, d.speed(), Optional.empty(), sentence);
        lastInParagraph = r;
        return r;
    }

    private boolean fillMissingSchedules(Schedule schedule, String sentence) {
        boolean any = false;
        for (Pending p : restrictions) {
            if (p.needsSchedule && p.r.schedule().isEmpty()) {
                p.r = p.r.withSchedule(schedule).withSourceText(p.r.sourceText() + " " + sentence);
                any = true;
            }
        }
        return any;
    }

    private static boolean isShortLabel(String sentence) {
        return sentence.length() <= 40
                && sentence.split("\\s+").length <= 5
                && sentence.chars().noneMatch(Character::isDigit);
    }

    private static boolean closesSomething(String low) {
        return low.contains("closed") || low.contains("closure") || low.contains(" close ") || low.contains(" shut");
    }

    private void diversion(String sentence, boolean bullet, boolean account) {
        String road = heading.roads().isEmpty() ? "" : heading.roads().get(0);
        List<Diversion.Route> routes = DiversionParser.routes(sentence, road, bullet);
        if (lastWasDiversion && !lastDiversionTargets.isEmpty()) {
            for (int i : lastDiversionTargets) {
                Pending p = restrictions.get(i);
                Diversion old = p.r.diversion().orElseThrow();
                List<Diversion.Route> all = new ArrayList<>(old.routes());
                all.addAll(routes);
                p.r = p.r.withDiversion(new Diversion(old.text() + " " + sentence, all));
            }
            if (account) {
                sink.account(sentence, Accounted.Use.DIVERSION);
            }
            return;
        }
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < restrictions.size(); i++) {
            Restriction r = restrictions.get(i).r;
            if (r.type().isFullClosure() && r.diversion().isEmpty()) {
                targets.add(i);
            }
        }
        if (targets.isEmpty()) {
            boolean anyClosure = restrictions.stream().anyMatch(p -> p.r.type().isFullClosure());
            sink.warn(
                    sentence,
                    anyClosure
                            ? "repeats a diversion already given for every closure of this work"
                            : "a diversion with no closure in this work to go with it",
                    Warning.Kind.ODDITY);
            if (account) {
                sink.account(sentence, Accounted.Use.WARNING);
            }
            lastWasDiversion = false;
            return;
        }
        Diversion d = new Diversion(sentence, routes);
        for (int i : targets) {
            Pending p = restrictions.get(i);
            p.r = p.r.withDiversion(d);
        }
        lastDiversionTargets = targets;
        lastWasDiversion = true;
        if (account) {
            sink.account(sentence, Accounted.Use.DIVERSION);
        }
    }

    private void applyChange(String sentence, WindowChange change) {
        boolean any = false;
        for (Pending p : restrictions) {
            boolean covers = p.r.schedule().periods().stream()
                    .anyMatch(per -> per instanceof Recurring rec && rec.allows(change.day()));
            if (covers) {
                List<WindowChange> changes = new ArrayList<>(p.r.schedule().changes());
                changes.add(change);
                p.r = p.r.withSchedule(p.r.schedule().withChanges(changes))
                        .withSourceText(p.r.sourceText() + " " + sentence);
                any = true;
            }
        }
        if (any) {
            sink.account(sentence, Accounted.Use.SCHEDULE_CHANGE);
        } else {
            sink.warn(
                    sentence,
                    "changes the window of " + change.day() + ", but no restriction of this work runs then",
                    Warning.Kind.ODDITY);
            sink.account(sentence, Accounted.Use.WARNING);
        }
    }

    /** "junction junction": a word written twice running ("that that" and "had had" can be meant). */
    private void checkTypos(String sentence) {
        String previous = "";
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            int end = sentence.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            String word = sentence.substring(i, end);
            i = end + 1;
            if (word.length() > 1
                    && word.equalsIgnoreCase(previous)
                    && word.chars().allMatch(Character::isLetter)
                    && !word.equalsIgnoreCase("that")
                    && !word.equalsIgnoreCase("had")) {
                sink.warn(
                        sentence, "the word '" + word + "' is repeated; read as if written once", Warning.Kind.ODDITY);
                return;
            }
            previous = word;
        }
    }

    private static Lifecycle lifecycle(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("start") || v.startsWith("begin") || v.startsWith("commence") || v.startsWith("get")) {
            return Lifecycle.STARTS;
        }
        if (v.startsWith("continue") || v.startsWith("go") || v.startsWith("carr") || v.startsWith("resum")) {
            return Lifecycle.CONTINUES;
        }
        if (v.startsWith("finish") || v.startsWith("end") || v.startsWith("complete")) {
            return Lifecycle.FINISHES;
        }
        return Lifecycle.TAKES_PLACE;
    }

    Work finish() {
        List<Restriction> out = new ArrayList<>();
        for (Pending p : restrictions) {
            Restriction r = p.r;
            if (r.schedule().isEmpty()) {
                r = r.withSchedule(openEnded(r));
            }
            List<Occurrence> raw = ScheduleExpander.rawOccurrences(r.schedule());
            if (hasOverlap(raw)) {
                sink.warn(
                        r.sourceText(),
                        "two windows for the same " + r.type().code() + " overlap (two different times"
                                + " for one closure?); they were merged",
                        Warning.Kind.ODDITY);
            }
            out.add(r);
        }
        return new Work(
                id,
                heading.roads(),
                heading.text(),
                heading.location(),
                heading.place(),
                heading.county(),
                heading.purpose().or(() -> Optional.ofNullable(purpose)),
                lifecycle,
                Optional.ofNullable(completion),
                Optional.ofNullable(description),
                out);
    }

    private Schedule openEnded(Restriction r) {
        if (completion != null) {
            return Schedule.openEnded(
                    r.schedule().text(),
                    new OpenEnd(ctx.weekStart(), completion, Vague.estimate(completion, ctx.anchor())));
        }
        sink.warn(
                r.sourceText(),
                "no time is given for this " + r.type().code()
                        + "; kept as in place from the start of the week with no known end",
                Warning.Kind.ODDITY);
        return Schedule.openEnded(r.schedule().text(), new OpenEnd(ctx.weekStart(), "not stated", Optional.empty()));
    }

    private static boolean hasOverlap(List<Occurrence> raw) {
        List<Occurrence> sorted = new ArrayList<>(raw);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                return true;
            }
        }
        return false;
    }
}
