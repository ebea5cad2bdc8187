package com.portfolioreview.portfolio;

/** Which way a KPI has to move for the initiative to create value. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
