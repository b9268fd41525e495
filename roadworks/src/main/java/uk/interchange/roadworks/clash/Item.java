package uk.interchange.roadworks.clash;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Road;
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
        /** "M5 J1", "A41", "A1(M) junction 5"; empty for a named place ("the J10 island", "Bassetts Pole"). */
        public static Optional<Via> parse(String text) {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return Road.at(text, i).map(f -> new Via(f.road().toString(), junctionAfter(text, f.end())));
        }

        /** " J10", " junction 10", " J10a" straight after a road; empty when the text goes on otherwise. */
        private static OptionalInt junctionAfter(String text, int i) {
            int n = text.length();
            int j = i;
            while (j < n && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= n) {
                return OptionalInt.empty();
            }
            if (text.regionMatches(true, j, "junction", 0, 8)) {
                j += 8;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
            } else if (Character.toUpperCase(text.charAt(j)) == 'J') {
                j++;
            } else {
                return OptionalInt.empty();
            }
            int from = j;
            while (j < n && j - from < 4 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j == from || j - from > 3) {
                return OptionalInt.empty();
            }
            int number = Integer.parseInt(text, from, j, 10);
            if (j < n && Character.isLetter(text.charAt(j))) {
                j++; // a lettered junction, "J10a", is read as its number
            }
            return j < n && Character.isLetterOrDigit(text.charAt(j)) ? OptionalInt.empty() : OptionalInt.of(number);
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
