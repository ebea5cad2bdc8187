package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.HeaderNames;

/**
 * How cloud exports are read (SPEC §1.4, {@code review.cloud.*}).
 *
 * @param costColumn    the amount: {@code BilledCost}, or {@code EffectiveCost} (the amortised cost)
 * @param periodColumn  the period: the month of {@code BillingPeriodStart}, or of {@code ChargePeriodStart}
 * @param initiativeTag without cloud_allocation.csv, the tag whose value is the initiative id
 * @param costCategory  the cost category of the allocated actuals
 */
public record CloudSettings(String costColumn, String periodColumn, String initiativeTag, String costCategory) {

    public static final CloudSettings DEFAULTS = new CloudSettings("BilledCost", "BillingPeriodStart", "initiative_id",
            "CLOUD");

    public CloudSettings {
        costColumn = HeaderNames.normalise(costColumn);
        periodColumn = HeaderNames.normalise(periodColumn);
        initiativeTag = CloudTags.key(initiativeTag);
        costCategory = costCategory.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
