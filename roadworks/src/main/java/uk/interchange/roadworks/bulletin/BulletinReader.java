package uk.interchange.roadworks.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.interchange.roadworks.model.Work;

/**
 * Reads weekly roadworks bulletins into works. Never throws on text: what it cannot read it returns as a warning
 * with the reason, and every sentence of the input is accounted for in {@link ReadResult#sentences()}.
 */
public final class BulletinReader {

    /**
     * @param published anchors dates that have no year, and "today"; when empty the bulletin's own "correct as of"
     *     date or title is used
     * @param today used only when neither gives a date (with a warning)
     */
    public record Options(Optional<LocalDate> published, LocalDate today) {
        public Options {
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(today, "today");
        }

        public static Options publishedOn(LocalDate date) {
            return new Options(Optional.of(date), date);
        }
    }

    private BulletinReader() {}

    public static ReadResult read(String text, Options options) {
        return new Reading(options).run(TextCleaner.clean(text));
    }

    /** One reading's state: the bulletin and work being read, and what has been said so far. */
    private static final class Reading implements WorkReader.Sink {
        private final Options options;
        private final List<Source> sources = new ArrayList<>();
        private final List<Work> works = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private final List<Accounted> sentences = new ArrayList<>();
        private Source source = Source.UNTITLED;
        private boolean sourceOpen;
        private DateContext ctx;
        private WorkReader work;

        Reading(Options options) {
            this.options = options;
        }

        ReadResult run(String text) {
            for (Block b : Segmenter.blocks(text)) {
                switch (b.kind()) {
                    case TITLE -> title(b.text());
                    case HEADING -> heading(b.text());
                    case LABEL -> label(b.text());
                    case BULLET -> {
                        // a bullet line can hold more than one sentence; only the first carries the bullet
                        List<String> parts = SentenceSplitter.split(b.text());
                        for (int k = 0; k < parts.size(); k++) {
                            sentence(parts.get(k), k == 0);
                        }
                    }
                    case PARAGRAPH -> {
                        if (work != null) {
                            work.newParagraph();
                        }
                        SentenceSplitter.split(b.text()).forEach(s -> sentence(s, false));
                    }
                }
            }
            closeWork();
            closeSource();
            return new ReadResult(sources.isEmpty() ? List.of(source) : sources, works, warnings, sentences);
        }

        private void title(String raw) {
            closeWork();
            closeSource();
            String title = SourceParser.title(raw);
            int year = options.published().orElse(options.today()).getYear();
            Optional<LocalDate[]> period = SourceParser.period(title, year);
            source = new Source(title, SourceParser.asOf(title, year), period.map(p -> p[0]), period.map(p -> p[1]));
            sourceOpen = true;
            ctx = null;
            account(raw, Accounted.Use.TITLE);
        }

        private void heading(String text) {
            closeWork();
            Heading h = HeadingParser.parse(text);
            String road = h.roads().isEmpty()
                    ? "work"
                    : h.roads().get(0).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            String id = String.format(Locale.ROOT, "%s-%03d", road, works.size() + 1);
            work = new WorkReader(h, id, context(), this);
            account(text, Accounted.Use.HEADING);
        }

        private void label(String text) {
            if (Boilerplate.isSectionLabel(text)) {
                closeWork();
                warn(text, "boilerplate: section label", Warning.Kind.BOILERPLATE);
            } else if (work != null) {
                work.accept(text, false);
                return;
            } else {
                sentence(text, false); // "Last updated: 2 February 2024" stands on a line of its own
                return;
            }
            account(text, Accounted.Use.WARNING);
        }

        private void sentence(String s, boolean bullet) {
            if (work != null) {
                work.accept(s, bullet);
                return;
            }
            int year = options.published().orElse(options.today()).getYear();
            Optional<LocalDate> asOf = SourceParser.asOf(
                    s, source.periodStart().map(LocalDate::getYear).orElse(year));
            if (asOf.isPresent() && source.published().isEmpty()) {
                source = new Source(source.title(), asOf, source.periodStart(), source.periodEnd());
                sourceOpen = true;
                ctx = null;
                account(s, Accounted.Use.INTRODUCTION);
                return;
            }
            Optional<LocalDate[]> period = SourceParser.period(s, year);
            if (period.isPresent() && source.periodStart().isEmpty()) {
                source = new Source(source.title(), source.published(), period.map(p -> p[0]), period.map(p -> p[1]));
                sourceOpen = true;
                ctx = null;
                account(s, Accounted.Use.INTRODUCTION);
                return;
            }
            Optional<String> boiler = Boilerplate.reason(s);
            if (boiler.isPresent()) {
                warn(s, boiler.get(), Warning.Kind.BOILERPLATE);
            } else {
                warn(s, "not read as works: it stands outside any works heading", Warning.Kind.NOT_READ);
            }
            account(s, Accounted.Use.WARNING);
        }

        private DateContext context() {
            if (ctx != null) {
                return ctx;
            }
            LocalDate anchor;
            if (options.published().isPresent()) {
                anchor = options.published().get();
            } else if (source.published().isPresent()) {
                anchor = source.published().get();
            } else if (source.periodStart().isPresent()) {
                anchor = source.periodStart().get();
            } else {
                anchor = options.today();
                warn(
                        source.title().isEmpty() ? "(no title)" : source.title(),
                        "the bulletin gives no publication date or period; dates without a year were read as nearest to "
                                + anchor + " (give the publication date to fix them)",
                        Warning.Kind.ODDITY);
            }
            sourceOpen = true;
            ctx = new DateContext(anchor, source.periodStart(), source.periodEnd());
            return ctx;
        }

        private void closeWork() {
            if (work != null) {
                works.add(work.finish());
                work = null;
            }
        }

        private void closeSource() {
            if (sourceOpen) {
                sources.add(source);
            }
            sourceOpen = false;
            source = Source.UNTITLED;
        }

        @Override
        public void account(String sentence, Accounted.Use use) {
            sentences.add(new Accounted(sentence, use));
        }

        @Override
        public void warn(String sentence, String reason, Warning.Kind kind) {
            warnings.add(new Warning(sentence, reason, kind));
        }
    }
}
