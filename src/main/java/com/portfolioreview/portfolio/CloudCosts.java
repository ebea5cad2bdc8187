package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cloud bills read (SPEC §1.4), for the reports: each file with its charge rows and the cost
 * allocated to initiatives and left unallocated, and the unallocated cost per period, provider
 * and service category. Amounts are exact sums in the reporting currency.
 *
 * @param files         the cloud exports read, in file-name order
 * @param unallocatedBy the unallocated cost, sorted by period, provider and service category
 */
public record CloudCosts(List<File> files, List<Unallocated> unallocatedBy) implements Serializable {

    /** No cloud export in the input directory. */
    public static final CloudCosts NONE = new CloudCosts(List.of(), List.of());

    public CloudCosts {
        files = List.copyOf(files);
        unallocatedBy = List.copyOf(unallocatedBy);
    }

    /** One cloud export: its charge rows read (rejected ones included) and where their cost went. */
    public record File(String name, long rows, BigDecimal allocated, BigDecimal unallocated) implements Serializable {
    }

    /** Cost no rule allocated, for one period, provider and service category (empty when the export left it out). */
    public record Unallocated(YearMonth period, String provider, String serviceCategory, BigDecimal amount)
            implements Serializable {

        static final Comparator<Unallocated> ORDER = Comparator.comparing(Unallocated::period)
                .thenComparing(Unallocated::provider).thenComparing(Unallocated::serviceCategory);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public long rows() {
        return files.stream().mapToLong(File::rows).sum();
    }

    public BigDecimal allocated() {
        return files.stream().map(File::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal unallocated() {
        return files.stream().map(File::unallocated).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The allocated share of the bill (allocated / (allocated + unallocated)); empty for a bill of zero. */
    public Optional<Double> allocatedShare() {
        BigDecimal total = allocated().add(unallocated());
        return total.signum() == 0 ? Optional.empty()
                : Optional.of(allocated().divide(total, MathContext.DECIMAL64).doubleValue());
    }

    /** The costs of several exports as one: files in the order given, unallocated amounts of one key summed. */
    public static CloudCosts of(List<CloudCosts> parts) {
        List<File> files = new ArrayList<>();
        Map<List<Object>, Unallocated> byKey = new HashMap<>();
        for (CloudCosts part : parts) {
            files.addAll(part.files());
            for (Unallocated u : part.unallocatedBy()) {
                byKey.merge(List.of(u.period(), u.provider(), u.serviceCategory()), u,
                        (a, b) -> new Unallocated(a.period(), a.provider(), a.serviceCategory(), a.amount().add(b.amount())));
            }
        }
        List<Unallocated> unallocated = new ArrayList<>(byKey.values());
        unallocated.sort(Unallocated.ORDER);
        return new CloudCosts(files, unallocated);
    }
}
