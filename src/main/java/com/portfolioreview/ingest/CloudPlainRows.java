package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.HeaderNames;
import com.portfolioreview.ingest.csv.Months;
import com.portfolioreview.ingest.csv.PlainRowHandler;
import com.portfolioreview.ingest.csv.PlainValues;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The hot path of a FOCUS export (SPEC §1.4): takes a charge row straight from its bytes when
 * every value it needs is in its plainest form: a cost of at most 18 digits in the reporting
 * currency, the usual date-time form, not a {@code Correction}, and {@code Tags} that
 * {@link PlainTags} reads. Declines every other row, which then goes through
 * {@link CloudExportReader}'s rules, so that every message and sum stays the same.
 */
final class CloudPlainRows implements PlainRowHandler {

    private static final byte[] NULL = "NULL".getBytes(StandardCharsets.US_ASCII);

    private final int cost;
    private final int currency;
    private final int period;
    private final int chargeClass;
    private final int tags;
    private final int provider;
    private final int serviceProvider;
    private final int serviceCategory;
    private final int last;
    private final byte decimal;
    private final byte[] reportingCurrency;
    private final int currentMonth;
    private final CloudAllocation allocation;
    private final InitiativeIds ids;
    private final CloudExport export;
    private final PlainValues amount = new PlainValues();
    private final PlainTags tagScan = new PlainTags();
    private final Texts texts = new Texts();
    private final CloudPlainSums sums;
    private int lastMonth = -1;
    private YearMonth lastPeriod;

    CloudPlainRows(HeaderNames header, byte decimal, CloudSettings cloud, String reportingCurrency, int currentMonth,
                   CloudAllocation allocation, InitiativeIds ids, CloudPlainSums sums, CloudExport export) {
        this.cost = header.indexOf(cloud.costColumn());
        this.currency = header.indexOf(CloudExportReader.CURRENCY);
        this.period = header.indexOf(cloud.periodColumn());
        this.chargeClass = header.indexOf(CloudExportReader.CHARGE_CLASS);
        this.tags = header.indexOf(CloudExportReader.TAGS);
        this.provider = header.indexOf(CloudExportReader.PROVIDER);
        this.serviceProvider = header.indexOf(CloudExportReader.SERVICE_PROVIDER);
        this.serviceCategory = header.indexOf(CloudExportReader.SERVICE_CATEGORY);
        this.last = max(cost, currency, period, chargeClass, tags, provider, serviceProvider, serviceCategory);
        this.decimal = decimal;
        this.reportingCurrency = reportingCurrency.getBytes(StandardCharsets.US_ASCII);
        this.currentMonth = currentMonth;
        this.allocation = allocation;
        this.ids = ids;
        this.sums = sums;
        this.export = export;
    }

    @Override
    public boolean takesQuotedFields() {
        return true;
    }

    @Override
    public boolean accept(byte[] b, int[] s, int[] e, int n, long line, long offset) {
        if (n <= last || isNull(b, s[cost], e[cost])
                || !amount.amount(b, s[cost], e[cost], decimal, 18, 18)
                || !Arrays.equals(b, s[currency], e[currency], reportingCurrency, 0, reportingCurrency.length)) {
            return false;
        }
        int month = PlainValues.dateTimeMonth(b, s[period], e[period]);
        if (month < 0 || (month > currentMonth && amount.unscaled() != 0)) {
            return false;
        }
        if (chargeClass >= 0) {
            int charge = texts.numberOf(b, s[chargeClass], e[chargeClass]);
            if (charge < 0 || texts.isCorrection(charge)) {
                return false;
            }
        }
        int providerName = provider < 0 ? Texts.EMPTY : texts.numberOf(b, s[provider], e[provider]);
        if (providerName == Texts.EMPTY && serviceProvider >= 0) {
            providerName = texts.numberOf(b, s[serviceProvider], e[serviceProvider]);
        }
        int category = serviceCategory < 0 ? Texts.EMPTY : texts.numberOf(b, s[serviceCategory], e[serviceCategory]);
        if (providerName < 0 || category < 0 || (tags >= 0 && !tagScan.read(b, s[tags], e[tags]))) {
            return false;
        }
        if (tags >= 0 && allocation.initiativeTag() != null) {
            // the usual case, by the initiative tag: the whole row to one initiative or none, summed in longs
            int initiative = initiativeOfTag(b);
            if (initiative == DECLINE) {
                return false;
            }
            if (initiative >= 0) {
                sums.allocate(initiative, month, amount.unscaled(), amount.scale());
            } else {
                sums.leaveUnallocated(month, providerName, texts.name(providerName), category, texts.name(category),
                        amount.unscaled(), amount.scale());
            }
            return true;
        }
        List<CloudAllocation.Share> shares = tags < 0 ? List.of() : sharesByRule(b);
        if (shares == null) {
            return false;
        }
        if (month != lastMonth) {
            lastMonth = month;
            lastPeriod = Months.of(month);
        }
        export.book(shares, lastPeriod, BigDecimal.valueOf(amount.unscaled(), amount.scale()), false,
                texts.name(providerName), texts.name(category));
        return true;
    }

    private static final int NONE = -1;
    private static final int DECLINE = -2;

    /** The {@link InitiativeIds} index the initiative tag names; {@link #NONE} or {@link #DECLINE}. */
    private int initiativeOfTag(byte[] b) {
        PlainTags t = tagScan;
        String initiativeTag = allocation.initiativeTag();
        int found = -1;
        for (int i = 0; i < t.count(); i++) {
            if (t.keyIs(b, i, initiativeTag)) {
                if (found >= 0) {
                    return DECLINE; // the key twice: which one counts is Jackson's and CloudTags' business
                }
                found = i;
            }
        }
        if (found < 0) {
            return NONE;
        }
        int id = ids.find(b, t.valueStart(b, found), t.valueEnd(b, found));
        return id < 0 ? NONE : id;
    }

    /** The row's shares by the rules of cloud_allocation.csv, as {@link CloudAllocation#sharesOf} gives them; null to decline. */
    private List<CloudAllocation.Share> sharesByRule(byte[] b) {
        PlainTags t = tagScan;
        CloudAllocation.Rule first = null;
        String[] keys = new String[t.count()];
        for (int i = 0; i < t.count(); i++) {
            keys[i] = t.key(b, i);
            for (int j = 0; j < i; j++) {
                if (keys[j].equals(keys[i])) {
                    return null;
                }
            }
            first = CloudAllocation.earlier(first, allocation.rule(keys[i], t.value(b, i)));
        }
        return first == null ? List.of() : first.shares();
    }

    private static boolean isNull(byte[] b, int s, int e) {
        return s == e || Arrays.equals(b, s, e, NULL, 0, NULL.length);
    }

    private static int max(int... columns) {
        return Arrays.stream(columns).max().orElse(-1);
    }

    /**
     * The few distinct texts of the provider, service category and charge class columns, numbered
     * ({@link #EMPTY} for an empty value or {@code NULL}): -1 for a value with spaces around it or
     * a control or non-ASCII byte, which the general path reads, and for any text beyond the
     * first {@value #MAX}.
     */
    private static final class Texts {
        static final int EMPTY = 0;
        private static final int MAX = 256;
        private final byte[][] keys = new byte[MAX][];
        private final String[] values = new String[MAX];
        private final boolean[] correction = new boolean[MAX];
        /** Open addressing by length and first and last byte: the number of a text, 0 for a free place. */
        private final int[] table = new int[MAX * 4];
        private int size = 1;

        Texts() {
            keys[EMPTY] = new byte[0];
            values[EMPTY] = "";
        }

        int numberOf(byte[] b, int s, int e) {
            if (isNull(b, s, e)) {
                return EMPTY;
            }
            int mask = table.length - 1;
            int slot = ((e - s) * 31 + b[s] * 7 + b[e - 1]) & mask;
            for (int number = table[slot]; number != 0; number = table[slot = (slot + 1) & mask]) {
                if (Arrays.equals(keys[number], 0, keys[number].length, b, s, e)) {
                    return number;
                }
            }
            String text = PlainValues.text(b, s, e);
            if (text == null || size == MAX) {
                return -1;
            }
            keys[size] = Arrays.copyOfRange(b, s, e);
            values[size] = text;
            correction[size] = text.equalsIgnoreCase("correction");
            table[slot] = size;
            return size++;
        }

        String name(int number) {
            return values[number];
        }

        boolean isCorrection(int number) {
            return correction[number];
        }
    }
}
