package uk.interchange.roadworks.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A junction of a road: its number as signed ("4a", "10", "8/9") and, where the text gives one, its name or the road
 * it meets ("M25", "Thornton Interchange").
 */
public record Junction(String number, Optional<String> name) {
    public Junction {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        number = normalise(number);
    }

    public static Junction of(String number) {
        return new Junction(number, Optional.empty());
    }

    public static Junction of(String number, String name) {
        return new Junction(number, Optional.of(name));
    }

    /** "J1A", "1A", " 1a " all become "1a"; "8 / 9" becomes "8/9". */
    public static String normalise(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.startsWith("j") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            s = s.substring(1);
        }
        return s;
    }

    /** The leading number, for ordering junctions along a road ("10a" gives 10); -1 when there is none. */
    public int ordinal() {
        int i = 0;
        while (i < number.length() && Character.isDigit(number.charAt(i))) {
            i++;
        }
        return i == 0 ? -1 : Integer.parseInt(number.substring(0, Math.min(i, 6)));
    }

    @Override
    public String toString() {
        return name.map(n -> number + " (" + n + ")").orElse(number);
    }
}
