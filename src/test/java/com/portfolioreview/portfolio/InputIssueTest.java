package com.portfolioreview.portfolio;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reason kinds the Data Quality sheet counts by: the reasons of SPEC §1.3 without their values. */
class InputIssueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "bad amount in column 'actual': \"12,3x\"                         | bad amount in column 'actual'",
            "duplicate initiative_id 'AI-001' (first on line 2)               | duplicate initiative_id '…'",
            "unknown initiative 'AI-9'                                        | unknown initiative '…'",
            "kpi 'MTTR' is not defined for initiative 'AI-002' in kpi_targets.csv | kpi '…' is not defined for initiative '…' in kpi_targets.csv",
            "no FX rate for GBP in 2026-10                                    | no FX rate for GBP in …",
            "kpi 'MTTR' of initiative 'AI-001' for 2026-10 measured again: 95 replaced by 91 from kpi/k.csv line 4 | kpi '…' of initiative '…' for … measured again",
            "planned_end_date 2026-05-31 is before start_date 2026-06-01      | planned_end_date … is before start_date …",
            "summary row                                                      | summary row",
            "actual dated in the future                                       | actual dated in the future",
            "not valid UTF-8: read as windows-1252                            | not valid UTF-8",
            "missing value in required column 'name'                          | missing value in required column 'name'",
    })
    void reasonKindLeavesOutTheValues(String reason, String kind) {
        assertThat(InputIssue.rejected("f.csv", 2, "", reason, "").reasonKind()).isEqualTo(kind);
    }
}
