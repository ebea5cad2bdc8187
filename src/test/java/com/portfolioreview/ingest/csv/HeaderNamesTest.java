package com.portfolioreview.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderNamesTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "initiative_id         | initiative_id",
        "Initiative_ID         | initiative_id",
        "`  INITIATIVE ID  `   | initiative_id",
        "initiative-id         | initiative_id",
        "Initiative - ID       | initiative_id",
        "cost  category        | cost_category",
        "Value-Per-Unit        | value_per_unit",
        "planned end_date      | planned_end_date",
        "\uFEFFinitiative_id   | initiative_id",
        "owner\u00A0email      | owner_email",
    })
    void normalisesCaseSpacesAndHyphens(String header, String expected) {
        assertThat(HeaderNames.normalise(header)).isEqualTo(expected);
    }

    @Test
    void findsColumnsIgnoresExtrasAndReportsMissingOnesInOrder() {
        HeaderNames h = HeaderNames.of(List.of("Period", "Initiative ID", "Comment", "ACTUAL"));
        assertThat(h.indexOf("initiative_id")).isEqualTo(1);
        assertThat(h.indexOf("actual")).isEqualTo(3);
        assertThat(h.indexOf("budget")).isEqualTo(-1);
        assertThat(h.missing(List.of("initiative_id", "period", "cost_category", "currency")))
                .containsExactly("cost_category", "currency");
    }

    @Test
    void aColumnNamedTwiceIsReportedNotGuessed() {
        HeaderNames h = HeaderNames.of(List.of("actual", "Actual ", "budget", "note", "note"));
        assertThat(h.repeated(List.of("actual", "budget"))).containsExactly("actual");
        assertThat(h.indexOf("actual")).isZero();
    }
}
