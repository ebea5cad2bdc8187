package com.portfolioreview.job;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** The program version written into the Assumptions sheet and run-summary.json. */
@Component
public class ProgramVersion {

    private final String text;

    public ProgramVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties props = build.getIfAvailable();
        this.text = props == null ? "development" : props.getVersion();
    }

    public String text() {
        return text;
    }
}
