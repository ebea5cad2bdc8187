package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code cloud_allocation.csv} (SPEC §1.4): {@code tag,value,initiative_id,share}, share
 * optional (default 1, 0 &lt; share ≤ 1). A rule naming an unknown initiative or with a share out of
 * range is a bad row; shares of one (tag, value) adding up to more than 1 make the file unusable,
 * as they would allocate more than the bill.
 */
final class CloudAllocationReader {

    static final List<String> REQUIRED = List.of("tag", "value", RowValues.INITIATIVE_ID);
    static final List<String> OPTIONAL = List.of("share");

    private CloudAllocationReader() {
    }

    static FileReading<CloudAllocation> read(ExportFile file, PortfolioRegister register, IngestListener listener)
            throws IOException {
        CloudAllocation.Builder rules = new CloudAllocation.Builder();
        FileTally tally = ExportScan.scan(file, REQUIRED, OPTIONAL, listener, (row, t) -> {
            String tag = RowValues.required(row, "tag");
            String value = RowValues.required(row, "value");
            String id = register.require(RowValues.required(row, RowValues.INITIATIVE_ID)).id();
            Optional<BigDecimal> given = RowValues.optionalNumber(row, "share");
            BigDecimal share = given.orElse(BigDecimal.ONE);
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new RowRejection("share must be greater than 0 and at most 1: \"" + row.value("share") + "\"");
            }
            BigDecimal total = rules.add(tag, value, id, share);
            if (total.compareTo(BigDecimal.ONE) > 0) {
                t.fileError("the shares of tag '" + tag.strip() + "' value '" + value.strip() + "' add up to "
                        + total.stripTrailingZeros().toPlainString() + " (line " + row.line()
                        + "), more than the whole cost: make them add up to at most 1");
            }
        });
        return new FileReading<>(file, rules.build(), tally, Set.of());
    }
}
