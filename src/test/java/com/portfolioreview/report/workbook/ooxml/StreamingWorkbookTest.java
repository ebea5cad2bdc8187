package com.portfolioreview.report.workbook.ooxml;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tables' shared strings spliced into the part POI wrote, whatever form POI gave it. */
class StreamingWorkbookTest {

    private static String spliced(String xml, int count, int unique, List<String> texts) {
        return new String(StreamingWorkbook.spliced(xml, count, unique, texts), StandardCharsets.UTF_8);
    }

    @Test
    void textsFollowPoisOwnItemsAndTheCountsAreSet() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"3\" uniqueCount=\"1\" xmlns=\"ns\">"
                + "<si><t>Déjà</t></si></sst>";

        assertThat(spliced(xml, 5, 3, List.of("AI-001", " edge ")))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"5\" uniqueCount=\"3\" xmlns=\"ns\">"
                        + "<si><t>Déjà</t></si><si><t>AI-001</t></si><si><t xml:space=\"preserve\"> edge </t></si></sst>");
    }

    @Test
    void anEmptyTableWrittenAsOneTagIsOpenedAndAPrefixIsKept() {
        assertThat(spliced("<sst xmlns=\"ns\" count=\"0\" uniqueCount=\"0\"/>", 1, 1, List.of("a<b")))
                .isEqualTo("<sst xmlns=\"ns\" count=\"1\" uniqueCount=\"1\"><si><t>a&lt;b</t></si></sst>");
        assertThat(spliced("<x:sst xmlns:x=\"ns\" count=\"1\" uniqueCount=\"1\"><x:si><x:t>z</x:t></x:si></x:sst>", 2,
                2, List.of("y")))
                .isEqualTo("<x:sst xmlns:x=\"ns\" count=\"2\" uniqueCount=\"2\"><x:si><x:t>z</x:t></x:si>"
                        + "<x:si><x:t>y</x:t></x:si></x:sst>");
    }

    @Test
    void aPartWithoutTheTableIsRefused() {
        assertThatThrownBy(() -> StreamingWorkbook.spliced("<other/>", 0, 0, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no <sst>");
        assertThatThrownBy(() -> StreamingWorkbook.spliced("<sst count=\"0\" uniqueCount=\"0\">", 0, 0, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no </sst>");
    }
}
