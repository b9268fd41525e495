package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The waits after wrong passwords from one address: they grow, they end, and they keep guessing slow. */
class SignInWaitTest {
    @Property
    void theWaitNeverShrinksAndNeverPassesFifteenMinutes(@ForAll @IntRange(min = 0, max = 10_000) int failures) {
        Duration now = SignInLimiter.wait(failures);
        assertThat(SignInLimiter.wait(failures + 1)).isGreaterThanOrEqualTo(now);
        assertThat(now).isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(now.isZero()).isEqualTo(failures < SignInLimiter.FREE);
    }

    /** Cyber Essentials asks that throttling allow no more than ten guesses in five minutes. */
    @Example
    void aClientGuessingAsFastAsItMayGetsNoMoreThanTenGuessesInAnyFiveMinutes() {
        List<Long> guesses = new ArrayList<>();
        long at = 0;
        for (int n = 1; n <= 60; n++) {
            guesses.add(at);
            at += Math.max(1, SignInLimiter.wait(n).toSeconds()); // one a second when it need not wait
        }
        for (int i = 0; i < guesses.size(); i++) {
            long from = guesses.get(i);
            long inWindow =
                    guesses.stream().filter(t -> t >= from && t < from + 300).count();
            assertThat(inWindow)
                    .as("guesses in the five minutes from %ds", from)
                    .isLessThanOrEqualTo(10);
        }
        assertThat(guesses.stream().filter(t -> t < 3600).count())
                .as("guesses in the first hour")
                .isLessThanOrEqualTo(12);
    }
}
