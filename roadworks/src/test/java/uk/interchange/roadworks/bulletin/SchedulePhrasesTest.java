package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.interchange.roadworks.bulletin.Bulletins.m6;
import static uk.interchange.roadworks.bulletin.Bulletins.reasons;
import static uk.interchange.roadworks.bulletin.Bulletins.restrictions;
import static uk.interchange.roadworks.bulletin.Bulletins.times;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.model.OpenEnd;

/** The time phrases of the genre, one at a time, in the week of Monday 20 March 2017. */
class SchedulePhrasesTest {

    @Test
    void aCountOfNightsThenAnotherNightWithItsOwnWindow() {
        var r = m6("The southbound carriageway between junctions 12 and 11 will be shut overnight, between 9pm and "
                + "5.15am on Monday 20 March for four nights and between 9pm and 6.30am on Friday 24 March.");
        assertThat(times(r))
                .containsExactly(
                        "Mon 20 Mar 21:00 - Tue 21 Mar 05:15",
                        "Tue 21 Mar 21:00 - Wed 22 Mar 05:15",
                        "Wed 22 Mar 21:00 - Thu 23 Mar 05:15",
                        "Thu 23 Mar 21:00 - Fri 24 Mar 05:15",
                        "Fri 24 Mar 21:00 - Sat 25 Mar 06:30");
    }

    @Test
    void countsInFiguresAndWordsAndTheMondayToFridayQualifierCountsOnlyWeeknights() {
        var words = m6("There will be lane closures on the northbound carriageway overnight, 11pm to 5am, starting "
                + "Wednesday 22 March for ten nights (Monday to Friday only).");
        var figures = m6("There will be lane closures on the northbound carriageway overnight, 11pm to 5am, starting "
                + "Wednesday 22 March for 10 nights (Monday to Friday only).");
        assertThat(times(words)).hasSize(10).isEqualTo(times(figures));
        assertThat(times(words)).last().isEqualTo("Tue 4 Apr 23:00 - Wed 5 Apr 05:00");
        assertThat(times(words)).noneMatch(t -> t.startsWith("Sat") || t.startsWith("Sun"));
    }

    @Test
    void weeknightsAndWeekdaysOnly() {
        var nights = m6("The northbound carriageway will be closed weeknights only from Monday 20 March to Sunday 26 "
                + "March, 22:00 to 06:00.");
        var days = m6("Stop/go boards are in use on the M6 between 9.30am and 3.30pm weekdays only from Monday 20 March"
                + " to Sunday 26 March.");
        assertThat(times(nights)).hasSize(5).last().isEqualTo("Fri 24 Mar 22:00 - Sat 25 Mar 06:00");
        assertThat(times(days)).hasSize(5).first().isEqualTo("Mon 20 Mar 09:30 - Mon 20 Mar 15:30");
    }

    @Test
    void weekdaysWithTheirDatesInBracketsUntilAMorning() {
        var r = m6("The southbound exit slip road at junction 11 will be closed from Monday night (20 March) until "
                + "Thursday morning (23 March), 9pm to 5am each night.");
        assertThat(times(r))
                .containsExactly(
                        "Mon 20 Mar 21:00 - Tue 21 Mar 05:00",
                        "Tue 21 Mar 21:00 - Wed 22 Mar 05:00",
                        "Wed 22 Mar 21:00 - Thu 23 Mar 05:00");
        assertThat(reasons(r)).isEmpty();
    }

    @Test
    void aNightlyRuleWithAStartAndNoEndRunsToTheEndOfTheWeek() {
        var nightly = m6("The northbound carriageway will be closed nightly Sunday-Thursday from 8pm until 6am, "
                + "starting on Tuesday 21 March.");
        var once = m6("The northbound carriageway will be closed from 8pm until 6am, starting on Tuesday 21 March.");
        assertThat(times(nightly))
                .containsExactly(
                        "Tue 21 Mar 20:00 - Wed 22 Mar 06:00",
                        "Wed 22 Mar 20:00 - Thu 23 Mar 06:00",
                        "Thu 23 Mar 20:00 - Fri 24 Mar 06:00",
                        "Sun 26 Mar 20:00 - Mon 27 Mar 06:00");
        assertThat(reasons(nightly)).anyMatch(w -> w.contains("read to the end of the week"));
        assertThat(times(once)).containsExactly("Tue 21 Mar 20:00 - Wed 22 Mar 06:00");
    }

    @Test
    void aCountOfWeekendsFollowedByTheirDatedSpansTakesTheSpans() {
        var r = m6("The northbound carriageway will be closed for two weekends: from 9pm Friday 24 March to 6am "
                + "Monday 27 March, and from 9pm Friday 31 March to 6am Monday 3 April.");
        assertThat(times(r))
                .containsExactly("Fri 24 Mar 21:00 - Mon 27 Mar 06:00", "Fri 31 Mar 21:00 - Mon 3 Apr 06:00");
        assertThat(reasons(r)).isEmpty();
    }

    @Test
    void aSpanOfDatesSaidToApplyEachNightIsNightly() {
        var nightly =
                m6("The northbound carriageway will be closed from 10pm on 20 March to 5am on 23 March, each night.");
        var once = m6("The northbound carriageway will be closed from 10pm on 20 March to 5am on 23 March.");
        assertThat(times(nightly))
                .containsExactly(
                        "Mon 20 Mar 22:00 - Tue 21 Mar 05:00",
                        "Tue 21 Mar 22:00 - Wed 22 Mar 05:00",
                        "Wed 22 Mar 22:00 - Thu 23 Mar 05:00");
        assertThat(times(once)).containsExactly("Mon 20 Mar 22:00 - Thu 23 Mar 05:00");
    }

    @Test
    void aWindowWrittenAsClosingAndReopeningTimes() {
        var r = m6("The northbound carriageway will close each evening at 8pm and reopen at 6am the next morning from "
                + "Monday 20 March to Tuesday 21 March.");
        assertThat(times(r))
                .containsExactly("Mon 20 Mar 20:00 - Tue 21 Mar 06:00", "Tue 21 Mar 20:00 - Wed 22 Mar 06:00");
    }

    @Test
    void ordinalDaysOfAMonthWithTheAndOf() {
        var r = m6("Stop/go boards will operate on the M6 northbound on the 21st and 22nd of March between 9.30am and "
                + "3pm.");
        assertThat(times(r))
                .containsExactly("Tue 21 Mar 09:30 - Tue 21 Mar 15:00", "Wed 22 Mar 09:30 - Wed 22 Mar 15:00");
    }

    @Test
    void aLoneTimeThatGivesNoWindowIsWarnedAndIsNotAPlace() {
        var r = m6("The southbound carriageway will close each evening at 8pm from Monday 20 March to Wednesday 22 "
                + "March.");
        assertThat(reasons(r)).anyMatch(w -> w.contains("no window could be read"));
        assertThat(restrictions(r).get(0).location().atPlace()).isEmpty();
        var taken = m6("The northbound carriageway will be closed from 8pm on Friday 24 March until 6am on Monday 27 "
                + "March, and on Tuesday 28 March.");
        assertThat(reasons(taken)).containsExactly("no hours are given; read as the whole day");
    }

    @Test
    void aSpanWithTheMonthWrittenOnceAtTheEnd() {
        var r = m6(
                "A full closure of the M6 northbound is planned from 9pm Saturday 25th until 9am Sunday 26th March.");
        assertThat(times(r)).containsExactly("Sat 25 Mar 21:00 - Sun 26 Mar 09:00");
        var newYear = m6("A full closure of the M6 northbound is planned from 9pm Sunday 31st until 9am Monday 1st "
                + "January 2018.");
        assertThat(times(newYear)).containsExactly("Sun 31 Dec 21:00 - Mon 1 Jan 09:00");
        assertThat(reasons(newYear)).isEmpty();
    }

    @Test
    void aListOfNightsOnEachNight() {
        var r = m6("The southbound entry slip road at junction 11 will be closed overnight, 10.30pm to 5am, on "
                + "Monday 20, Tuesday 21 and Thursday 23 March on each night.");
        assertThat(times(r))
                .containsExactly(
                        "Mon 20 Mar 22:30 - Tue 21 Mar 05:00",
                        "Tue 21 Mar 22:30 - Wed 22 Mar 05:00",
                        "Thu 23 Mar 22:30 - Fri 24 Mar 05:00");
    }

    @Test
    void thenAgainAndSeveralCountedClauses() {
        var r = m6("The southbound carriageway will be closed overnight, from 9pm to 5am, from Monday 20 March for 2"
                + " nights, then again from Tuesday 28 March for two nights.");
        assertThat(times(r))
                .containsExactly(
                        "Mon 20 Mar 21:00 - Tue 21 Mar 05:00",
                        "Tue 21 Mar 21:00 - Wed 22 Mar 05:00",
                        "Tue 28 Mar 21:00 - Wed 29 Mar 05:00",
                        "Wed 29 Mar 21:00 - Thu 30 Mar 05:00");
    }

    @Test
    void aNightsWindowChangedByALaterSentence() {
        var start = m6(
                "The southbound carriageway will be closed from Monday 20 March for five nights, 20:00 to 06:00.",
                "On Friday work will take place between 10pm and 8am.");
        var finish = m6(
                "The southbound carriageway will be closed from Monday 20 March for five nights, 20:00 to 06:00.",
                "Work on Saturday will finish at 8am.");
        assertThat(times(start)).last().isEqualTo("Fri 24 Mar 22:00 - Sat 25 Mar 08:00");
        assertThat(times(finish)).last().isEqualTo("Fri 24 Mar 20:00 - Sat 25 Mar 08:00");
        assertThat(times(finish)).first().isEqualTo("Mon 20 Mar 20:00 - Tue 21 Mar 06:00");
    }

    @Test
    void weeksCoverSevenDaysEach() {
        var r = m6("Lane 1 of the southbound carriageway will be closed overnight, 8pm to 5am, from Monday 20 March "
                + "for 2 weeks (Monday to Friday only).");
        assertThat(times(r)).hasSize(10).last().isEqualTo("Fri 31 Mar 20:00 - Sat 1 Apr 05:00");
    }

    @Test
    void aWeekendClosureIsOneContinuousOccurrence() {
        var r = m6("The M6 will be closed in both directions between junctions 11 and 12 from 9pm on Friday 24 March "
                + "until 7am on Monday 27 March.");
        assertThat(times(r)).containsExactly("Fri 24 Mar 21:00 - Mon 27 Mar 07:00");
    }

    @Test
    void aWeekendClosureWrittenWithoutFromInEitherOrder() {
        var datesFirst = m6("The M6 will be closed in both directions between junctions 11 and 12 Fri 24 Mar 21:00 to"
                + " Mon 27 Mar 06:00.");
        var timesFirst = m6("Weekend closure of the southbound carriageway between junctions 11 and 12: 9pm Friday 24"
                + " March until 6am Monday 27 March.");
        assertThat(times(datesFirst)).containsExactly("Fri 24 Mar 21:00 - Mon 27 Mar 06:00");
        assertThat(times(timesFirst)).containsExactly("Fri 24 Mar 21:00 - Mon 27 Mar 06:00");
    }

    @Test
    void aCountBeforeItsStartDate() {
        var r = m6("The southbound carriageway will be closed nightly from 8pm until 6am for five nights from Monday 20"
                + " March.");
        assertThat(times(r)).hasSize(5).first().isEqualTo("Mon 20 Mar 20:00 - Tue 21 Mar 06:00");
    }

    @Test
    void weekendClosuresFromFridayEveningToMondayMorningRepeatEachWeek() {
        var counted = m6("The M6 will be closed in both directions between junctions 11 and 12 at weekends from 9pm "
                + "Friday to 6am Monday for three weekends from Friday 24 March.");
        var until = m6("The M6 will be closed in both directions between junctions 11 and 12 each weekend from 9pm on "
                + "Friday until 6am on Monday, until Monday 3 April.");
        assertThat(times(counted))
                .containsExactly(
                        "Fri 24 Mar 21:00 - Mon 27 Mar 06:00",
                        "Fri 31 Mar 21:00 - Mon 3 Apr 06:00",
                        "Fri 7 Apr 21:00 - Mon 10 Apr 06:00");
        assertThat(times(until))
                .containsExactly("Fri 24 Mar 21:00 - Mon 27 Mar 06:00", "Fri 31 Mar 21:00 - Mon 3 Apr 06:00");
    }

    @Test
    void twentyFourSevenWithAKnownEndIsOneSpan() {
        var r = m6("Narrow lanes will operate 24/7 on both carriageways until Thursday 13 April.");
        assertThat(times(r)).containsExactly("Mon 20 Mar 00:00 - Fri 14 Apr 00:00");
    }

    @Test
    void vagueEndsAreKeptAsTextWithAnEstimate() {
        var may = m6("A 40mph speed limit is in place on the slip roads 24/7 until May.");
        var summer = m6("A 40mph speed limit is in place 24 hours a day until summer 2017.");
        var end = m6("A contraflow is in place on the southbound carriageway 24/7 until the end of 2016.");
        OpenEnd m = restrictions(may).get(0).schedule().openEnd().orElseThrow();
        assertThat(m.untilText()).isEqualTo("May");
        assertThat(m.untilEstimate()).contains(LocalDate.of(2017, 5, 31));
        assertThat(times(may)).isEmpty();
        assertThat(restrictions(summer)
                        .get(0)
                        .schedule()
                        .openEnd()
                        .orElseThrow()
                        .untilEstimate())
                .contains(LocalDate.of(2017, 8, 31));
        assertThat(restrictions(end).get(0).schedule().openEnd().orElseThrow().untilEstimate())
                .contains(LocalDate.of(2016, 12, 31));
    }

    @Test
    void todayIsThePublicationDate() {
        var r = m6("The M6 will be closed in both directions between junctions 11 and 12 from today until Thursday, "
                + "with working hours of 9pm to 6am.");
        assertThat(times(r)).first().isEqualTo("Fri 17 Mar 21:00 - Sat 18 Mar 06:00");
        assertThat(times(r)).last().isEqualTo("Thu 23 Mar 21:00 - Fri 24 Mar 06:00");
    }

    @Test
    void ordinalDatesAndTwentyFourHourClocks() {
        var ordinal = m6("The northbound carriageway will be closed overnight from 8pm to 6am on 22nd March.");
        var hrs = m6("The northbound carriageway will be closed 2000 - 0600 hrs on Wednesday 22 March.");
        var colon = m6("The northbound carriageway will be closed 22:00 to 05:30 on Wednesday 22 March.");
        assertThat(times(ordinal)).containsExactly("Wed 22 Mar 20:00 - Thu 23 Mar 06:00");
        assertThat(times(hrs)).containsExactly("Wed 22 Mar 20:00 - Thu 23 Mar 06:00");
        assertThat(times(colon)).containsExactly("Wed 22 Mar 22:00 - Thu 23 Mar 05:30");
    }

    @Test
    void aWeekdayThatDoesNotMatchItsDateIsWarnedAndTheDateKept() {
        var r = m6("The northbound carriageway will be closed overnight, 8pm to 6am, on Tuesday 22 March.");
        assertThat(times(r)).containsExactly("Wed 22 Mar 20:00 - Thu 23 Mar 06:00");
        assertThat(reasons(r)).anyMatch(w -> w.contains("is a Wednesday, not a Tuesday"));
    }

    @Test
    void aDateThatDoesNotExistIsWarnedNotGuessed() {
        var r = m6("The northbound carriageway will be closed overnight, 8pm to 6am, on 30 February.");
        assertThat(times(r)).isEmpty();
        assertThat(reasons(r)).anyMatch(w -> w.contains("not a date that exists"));
    }

    @Test
    void twoDifferentTimesForTheSameNightAreWarned() {
        var r = m6("The northbound carriageway will be closed between 8pm and 6am on Wednesday 22 March and between "
                + "10pm and 7am on Wednesday 22 March.");
        assertThat(times(r)).containsExactly("Wed 22 Mar 20:00 - Thu 23 Mar 07:00");
        assertThat(reasons(r)).anyMatch(w -> w.contains("overlap"));
    }

    @Test
    void datesWithoutAYearTakeTheYearNearestThePublicationDate() {
        var r = BulletinReader.read(
                "Roadworks bulletin for the Test Region, week commencing 29 December 2025\n\n"
                        + "Information correct at 24 December 2025.\n\n"
                        + "M6 junctions 11 to 12, Staffordshire: resurfacing\n\n"
                        + "The southbound carriageway will be closed at night, 9pm to 5am, from Tuesday 30 December to "
                        + "Friday 2 January.\n",
                new BulletinReader.Options(java.util.Optional.empty(), LocalDate.of(2000, 1, 1)));
        assertThat(times(r)).hasSize(4).first().isEqualTo("Tue 30 Dec 21:00 - Wed 31 Dec 05:00");
        assertThat(times(r)).last().isEqualTo("Fri 2 Jan 21:00 - Sat 3 Jan 05:00");
        assertThat(restrictions(r).get(0).schedule().periods())
                .allMatch(p ->
                        ((uk.interchange.roadworks.model.Recurring) p).until().getYear() == 2026);
    }

    @Test
    void overnightWithoutHoursIsAWarnedAssumption() {
        var r = m6("The northbound carriageway will be closed overnight on Wednesday 22 March.");
        assertThat(times(r)).containsExactly("Wed 22 Mar 20:00 - Thu 23 Mar 06:00");
        assertThat(reasons(r)).anyMatch(w -> w.contains("read as 8pm to 6am"));
    }
}
