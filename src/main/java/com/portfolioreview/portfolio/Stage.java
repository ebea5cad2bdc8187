package com.portfolioreview.portfolio;

/** Lifecycle stage of an initiative as written in the register. */
public enum Stage {
    POC, PILOT, PRODUCTION
}
