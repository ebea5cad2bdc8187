package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;

/** Budget and actual of one (initiative, period, cost category), in the reporting currency. */
public record SpendAmount(BigDecimal budget, BigDecimal actual) implements Serializable {

    public static final SpendAmount ZERO = new SpendAmount(BigDecimal.ZERO, BigDecimal.ZERO);

    public SpendAmount plus(SpendAmount other) {
        return new SpendAmount(budget.add(other.budget), actual.add(other.actual));
    }

    /** actual − budget: positive is an overspend. */
    public BigDecimal variance() {
        return actual.subtract(budget);
    }
}
