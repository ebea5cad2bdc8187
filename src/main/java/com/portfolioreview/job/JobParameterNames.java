package com.portfolioreview.job;

/**
 * Names of the job parameters (SPEC §4: the period, the input fingerprint and the configuration
 * fingerprint identify a run).
 */
public final class JobParameterNames {
    /** Report period, {@code YYYY-MM} (identifying). */
    public static final String PERIOD = "period";
    /** SHA-256 over the sorted input files' names and contents (identifying). */
    public static final String FINGERPRINT = "input.fingerprint";
    /** SHA-256 over the effective {@code review.*} settings and the template (identifying): {@code launch.ConfigurationFingerprint}. */
    public static final String CONFIGURATION = "configuration.fingerprint";
    /**
     * Set by {@code --rerun} to force a new run for the same inputs, and when the run of these
     * inputs was abandoned or superseded and so cannot be resumed or repeated (identifying).
     */
    public static final String RERUN = "rerun";
    /** Input directory (not identifying). */
    public static final String INPUT_DIR = "input.dir";
    /** Output directory (not identifying). */
    public static final String OUTPUT_DIR = "output.dir";
    /** The workbook template, {@code templates/portfolio-review.xlsx} (not identifying: its bytes are in the configuration fingerprint). */
    public static final String TEMPLATE_FILE = "template.file";
    /** "Today", {@code YYYY-MM-DD}, as the run that a resumed run continues saw it (not identifying). */
    public static final String RUN_DATE = "run.date";
    /** {@code false} with {@code --no-deliver}: the deliver step sends nothing (not identifying). */
    public static final String DELIVER = "deliver";

    private JobParameterNames() {
    }
}
