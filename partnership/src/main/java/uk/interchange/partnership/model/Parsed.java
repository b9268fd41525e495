package uk.interchange.partnership.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a normaliser made of some text: the value, or the reason it could not make one. Never both, never neither;
 * the text as given is kept either way, so a form can show it back.
 */
public record Parsed<T>(String given, Optional<T> value, Optional<String> problem) {
    public Parsed {
        if (value.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a parse gives a value or a problem, not both or neither");
        }
    }

    public static <T> Parsed<T> ok(String given, T value) {
        return new Parsed<>(given, Optional.of(value), Optional.empty());
    }

    public static <T> Parsed<T> bad(String given, String problem) {
        return new Parsed<>(given, Optional.empty(), Optional.of(problem));
    }

    public boolean ok() {
        return value.isPresent();
    }

    /** The value, for callers that have checked {@link #ok()}. */
    public T get() {
        return value.orElseThrow(() -> new IllegalStateException(problem.orElse("no value")));
    }

    public <U> Parsed<U> map(Function<T, U> f) {
        return value.isPresent() ? ok(given, f.apply(value.get())) : bad(given, problem.get());
    }
}
