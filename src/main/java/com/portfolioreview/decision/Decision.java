package com.portfolioreview.decision;

/**
 * The monthly verdict on an initiative, most severe first. NOT_STARTED initiatives are listed
 * but never judged.
 */
public enum Decision {
    CANCEL, RECALIBRATE, CONTINUE, NOT_STARTED
}
