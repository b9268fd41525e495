package uk.interchange.roadworks.bulletin;

import java.util.Optional;
import java.util.regex.Pattern;

/** The sentences every bulletin carries that are not works: contacts, caveats, links, advice to drivers. */
final class Boilerplate {
    private record Rule(Pattern pattern, String reason) {}

    private static final java.util.List<Rule> RULES = java.util.List.of(
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(?:enquiries|contact\\s+centre|press\\s+office|should\\s+contact|call\\s+us"
                                    + "|telephone|phone\\s+us|email\\s+us|use\\s+the\\s+menu|speak\\s+to)\\b|\\b0\\d{3}\\s?\\d{3}\\s?\\d{4}\\b"),
                    "boilerplate: contact details"),
            new Rule(
                    Pattern.compile("(?i)for\\s+(?:further|more)\\s+information|visit\\s+(?:the|our)\\s+(?:scheme\\s+)?"
                            + "(?:website|web\\s*page)|www\\.|https?://|follow\\s+us|twitter|@\\w+"),
                    "boilerplate: link to more information"),
            new Rule(
                    Pattern.compile(
                            "(?i)subject\\s+to\\s+change|short\\s+notice|may\\s+be\\s+(?:cancelled|postponed|moved)|weather\\s+conditions|unforeseen\\s+circumstances|as\\s+little\\s+"
                                    + "disruption|causing\\s+as\\s+little|every\\s+effort|apologi[sz]e|thank\\s+(?:you|road\\s+users)|patience"),
                    "boilerplate: caveat"),
            new Rule(
                    Pattern.compile(
                            "(?i)plan\\s+(?:their|your)\\s+journeys?|allow\\s+extra\\s+time|check\\s+before\\s+you\\s+travel"
                                    + "|real[- ]time\\s+updates|traffic\\s+england|drive\\s+safely|take\\s+care"),
                    "boilerplate: advice to drivers"));

    private Boilerplate() {}

    /** Words at least one of which every boilerplate sentence holds; most sentences hold none and stop here. */
    private static final java.util.List<String> KEYS = java.util.List.of(
            "enquir",
            "contact",
            "press",
            "call",
            "phone",
            "email",
            "menu",
            "speak",
            "information",
            "visit",
            "www.",
            "http",
            "follow",
            "twitter",
            "@",
            "subject to",
            "weather",
            "unforeseen",
            "disruption",
            "effort",
            "apologi",
            "thank",
            "patience",
            "plan ",
            "extra time",
            "before you travel",
            "real",
            "england",
            "safely",
            "take care",
            "short notice",
            "cancelled");

    /**
     * A sentence that only announces the list ("Below are the planned works ...", "Roadworks planned on our roads
     * this week."). One that names a road may carry a work ("Here are the M5 closures: ..."), so it is left to the
     * reader.
     */
    private static final Pattern INTRODUCTION =
            Pattern.compile("(?i)^(?:(?:below|here)\\s+(?:are|is|you\\s+will\\s+find)"
                    + "|this\\s+(?:bulletin|summary|list)\\s+(?:lists|sets\\s+out|gives|shows|covers)"
                    + "|(?:details\\s+of\\s+)?(?:the\\s+)?"
                    + "(?:planned\\s+(?:road\\s*)?works|roadworks\\s+planned))\\b(?![^.]*\\b[amb]\\d)");

    /** The reason, when the sentence is boilerplate. */
    static Optional<String> reason(String sentence) {
        if (INTRODUCTION.matcher(sentence).lookingAt()) {
            return Optional.of("boilerplate: introduction");
        }
        String low = sentence.toLowerCase(java.util.Locale.ROOT);
        if (KEYS.stream().noneMatch(low::contains) && !hasPhoneNumber(sentence)) {
            return Optional.empty();
        }
        for (Rule r : RULES) {
            if (r.pattern().matcher(sentence).find()) {
                return Optional.of(r.reason());
            }
        }
        return Optional.empty();
    }

    private static boolean hasPhoneNumber(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                if (++digits >= 10) {
                    return true;
                }
            } else if (c != ' ') {
                digits = 0;
            }
        }
        return false;
    }

    static boolean isSectionLabel(String label) {
        return Pattern.compile(
                        "(?i)enquiries|contacts?|notes?\\s+to\\s+editors|about\\s+us|media|press|further\\s+information"
                                + "|ends|background")
                .matcher(label)
                .find();
    }
}
