package com.portfolioreview.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static com.portfolioreview.PortfolioFixtures.spend;
import static com.portfolioreview.PortfolioFixtures.values;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

class PaybackTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | spend rows (period actual) | benefit by month | net run rate | expected
            // cumulative actual 1000, 2000, 2000 vs benefit 500, 1300, 2200: covered in March
            "paid back in March | 2026-01 1000, 2026-02 1000, 2026-03 0 | 2026-01=500, 2026-02=800, 2026-03=900 | 100 | 2026-03",
            // equal counts as paid back (≥)
            "exactly equal | 2026-01 1000 | 2026-01=1000 | 0 | 2026-01",
            // benefit before any spend does not pay back (cumulative actual must be > 0); February: 50 ≤ 100
            "benefit first | 2026-02 50 | 2026-01=100 | 0 | 2026-02",
            // spend before S counts: 2025-12 1000; benefit 600 + 600 = 1200 ≥ 1000 in February
            "pre-start spend | 2025-12 1000 | 2026-01=600, 2026-02=600 | 0 | 2026-02",
            // not yet: 7000 spent vs 4500 benefit, net 250 → (7000 − 4500) / 250 = 10
            "in 10 months | 2026-01 5000, 2026-02 1000, 2026-03 1000 | 2026-01=1500, 2026-02=1500, 2026-03=1500 | 250 | in 10 months",
            // net 300 → 2500 / 300 = 8.33 → ceil 9
            "rounded up | 2026-01 5000, 2026-02 1000, 2026-03 1000 | 2026-01=1500, 2026-02=1500, 2026-03=1500 | 300 | in 9 months",
            // net 2500 → 2500 / 2500 = 1
            "one month | 2026-01 5000, 2026-02 1000, 2026-03 1000 | 2026-01=1500, 2026-02=1500, 2026-03=1500 | 2500 | in 1 month",
            // net 0 → never at the current rate
            "net zero | 2026-01 5000 | 2026-01=1500 | 0 | not at current run rate",
            "net negative | 2026-01 5000 | 2026-01=1500 | -10 | not at current run rate",
            // a credit cancels the spend: January 0 < 1000; February 0 ≥ 0 once spending has begun
            "credit | 2026-01 1000, 2026-02 -1000 | | 10 | 2026-02",
            // issue 13: a 5,000 refund in P: cumulative actual 5000, 5000, 0 vs benefit 100, 200, 300 → March
            "refund in P | 2026-01 5000, 2026-03 -5000 | 2026-01=100, 2026-02=100, 2026-03=100 | 100 | 2026-03",
            // a credit before any spend is no payback: cumulative actual never > 0
            "credit only | 2026-01 -500 | 2026-01=100 | 0 | not at current run rate",
            // negative benefits: the gap grows; 2000 − (−500) = 2500 / 100 = 25
            "negative benefit | 2026-01 2000 | 2026-01=-500 | 100 | in 25 months",
            // spend after P (the plan) is ignored: 1000 vs 1000 in January
            "plan ignored | 2026-01 1000, 2026-04 9000 | 2026-01=1000 | 0 | 2026-01",
    })
    void paybackMonthOrForecast(String name, String spendRows, String benefits, String net, String expected) {
        String[] rows = spendRows.split(",\\s*");
        String[] spendLines = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].trim().split(" ");
            spendLines[i] = f[0] + " STAFF 0 " + f[1];
        }
        var benefitByMonth = benefits == null ? values() : values(benefits.split(",\\s*"));

        String payback = Payback.of(spend(spendLines), benefitByMonth, ym("2026-03"), new BigDecimal(net));

        assertThat(payback).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void emptyNetRunRateIsNotAtCurrentRunRate() {
        assertThat(Payback.of(spend("2026-01 STAFF 0 100"), values(), ym("2026-03"), null))
                .isEqualTo("not at current run rate");
    }
}
