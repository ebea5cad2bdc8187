package com.portfolioreview.decision;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static com.portfolioreview.decision.Decision.CONTINUE;
import static com.portfolioreview.decision.Decision.RECALIBRATE;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2.5 STALLED on five consecutive months, 2026-06..2026-10, judged at 2026-10 (index 4). */
class StalledRuleTest {

    private static final YearMonth[] MONTHS = {YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8),
        YearMonth.of(2026, 9), YearMonth.of(2026, 10)};
    private static final Decision[] RECALIBRATED = {CONTINUE, RECALIBRATE, RECALIBRATE, RECALIBRATE, RECALIBRATE};

    @Test
    void recalibratedFourMonthsRunningWithoutClosingTheGapIsStalled() {
        // gap at 2026-07 (3 periods before P) -0.31, at P -0.29: +0.02 < 0.05
        Finding f = StalledRule.DEFAULTS.finding(MONTHS, true, RECALIBRATED, new Double[] {null, -0.31, -0.30, -0.30, -0.29}, 4);

        assertThat(f).hasToString(
                "STALLED: recalibrated 4 months running (2026-07..2026-10); attainment gap -0.31 then, -0.29 now");
        assertThat(f.code().decision()).isEqualTo(Decision.CANCEL);
    }

    @Test
    void aGapThatImprovedByTheMinimumIsNotStalled() {
        // -0.30 → -0.25: exactly +0.05, enough (with doubles the difference is 0.04999999999999999)
        assertThat(StalledRule.DEFAULTS.finding(MONTHS, true, RECALIBRATED,
                new Double[] {null, -0.30, -0.29, -0.27, -0.25}, 4)).isNull();
        // -0.30 → -0.2501: +0.0499, not enough
        assertThat(StalledRule.DEFAULTS.finding(MONTHS, true, RECALIBRATED,
                new Double[] {null, -0.30, -0.29, -0.27, -0.2501}, 4)).isNotNull();
    }

    @Test
    void aYoungInitiativeIsNeverStalled() {
        assertThat(StalledRule.DEFAULTS.finding(MONTHS, false, RECALIBRATED,
                new Double[] {null, -0.31, -0.35, -0.40, -0.45}, 4)).isNull();
    }

    @Test
    void oneMonthNotRecalibratedOrAnEmptyGapEndsTheRun() {
        Double[] flat = {-0.3, -0.3, -0.3, -0.3, -0.3};
        assertThat(StalledRule.DEFAULTS.finding(MONTHS, true,
                new Decision[] {RECALIBRATE, RECALIBRATE, CONTINUE, RECALIBRATE, RECALIBRATE}, flat, 4)).isNull();
        assertThat(StalledRule.DEFAULTS.finding(MONTHS, true,
                new Decision[] {RECALIBRATE, RECALIBRATE, RECALIBRATE, RECALIBRATE, Decision.CANCEL}, flat, 4)).isNull();
        assertThat(StalledRule.DEFAULTS.finding(MONTHS, true, RECALIBRATED,
                new Double[] {-0.3, null, -0.3, -0.3, -0.3}, 4)).isNull();
        // a month that could not be recomputed (n/a) makes it not hold
        assertThat(StalledRule.DEFAULTS.finding(MONTHS, true,
                new Decision[] {RECALIBRATE, RECALIBRATE, null, RECALIBRATE, RECALIBRATE}, flat, 4)).isNull();
    }

    @Test
    void theThresholdsAreConfiguration() {
        Double[] gaps = {-0.32, -0.31, -0.30, -0.30, -0.29};
        Decision[] five = {RECALIBRATE, RECALIBRATE, RECALIBRATE, RECALIBRATE, RECALIBRATE};
        // 4 months before P: the run must start at 2026-06
        assertThat(new StalledRule(4, 0.05).finding(MONTHS, true, five, gaps, 4)).hasToString(
                "STALLED: recalibrated 5 months running (2026-06..2026-10); attainment gap -0.32 then, -0.29 now");
        assertThat(new StalledRule(4, 0.05).finding(MONTHS, true, RECALIBRATED, gaps, 4)).isNull();
        // a minimum improvement of 0.01: +0.02 is enough
        assertThat(new StalledRule(3, 0.01).finding(MONTHS, true, RECALIBRATED, gaps, 4)).isNull();
    }
}
