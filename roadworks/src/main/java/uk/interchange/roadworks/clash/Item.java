package uk.interchange.roadworks.clash;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.publish.Wording;

/**
 * One restriction as the clash check sees it: whose it is, where, what kind, the roads its diversion uses, and
 * when it happens. Flat, so a store can build it from table rows without reading whole works.
 *
 * @param work the work's key (its id in the store)
 * @param label how people name the work (its reference)
 * @param seq the restriction's number within its work, from 1
 */
public record Item(
        String work,
        String label,
        int seq,
        String summary,
        Section section,
        RestrictionType type,
        List<Via> via,
        List<Occurrence> occurrences) {

    public Item {
        via = List.copyOf(via);
        occurrences = List.copyOf(occurrences);
    }

    /** A road a diversion uses, and the junction named with it ("M5 J1"), if any. */
    public record Via(String road, OptionalInt junction) {
        private static final Pattern FORM = Pattern.compile(
                "(?i)^\\s*([MAB]\\s?\\d{1,4}(?:\\(M\\))?)(?:\\s+(?:J|junction\\s*)(\\d{1,3})[a-z]?)?\\b.*");

        /** "M5 J1", "A41"; empty for a named place ("the J10 island", "Bassetts Pole"). */
        public static Optional<Via> parse(String text) {
            Matcher m = FORM.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            OptionalInt j = m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2)));
            return Optional.of(new Via(Section.roadKey(m.group(1)), j));
        }

        public static List<Via> all(List<String> texts) {
            List<Via> out = new ArrayList<>();
            for (String t : texts) {
                parse(t).filter(v -> !out.contains(v)).ifPresent(out::add);
            }
            return out;
        }

        @Override
        public String toString() {
            return road + (junction.isPresent() ? " J" + junction.getAsInt() : "");
        }
    }

    public boolean fullClosure() {
        return type.isFullClosure();
    }

    /** The items of one work, with occurrences worked out by {@code occurrences}. */
    public static List<Item> of(String key, String label, Work w, Function<Restriction, List<Occurrence>> occurrences) {
        List<Item> out = new ArrayList<>();
        int seq = 0;
        for (Restriction r : w.restrictions()) {
            seq++;
            List<String> via = r.diversion().map(Diversion::via).orElse(List.of());
            out.add(new Item(
                    key,
                    label,
                    seq,
                    Wording.summary(w, r),
                    Section.of(w, r),
                    r.type(),
                    Via.all(via),
                    occurrences.apply(r)));
        }
        return out;
    }
}
