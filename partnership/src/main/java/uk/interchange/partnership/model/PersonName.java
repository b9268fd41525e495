package uk.interchange.partnership.model;

import java.util.List;
import java.util.Optional;

/** A person's name as recorded: title, given names in order, surname (a double-barrelled one whole). */
public record PersonName(Optional<String> title, List<String> given, String surname) {
    public PersonName {
        given = List.copyOf(given);
        if (surname.isBlank()) {
            throw new IllegalArgumentException("a name needs a surname");
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        title.ifPresent(t -> s.append(t).append(' '));
        given.forEach(g -> s.append(g).append(' '));
        return s.append(surname).toString();
    }
}
