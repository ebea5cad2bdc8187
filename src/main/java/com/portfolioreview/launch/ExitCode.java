package com.portfolioreview.launch;

/** The exit codes of SPEC §4. */
public enum ExitCode {
    /** Completed and published, or nothing to do. */
    OK(0),
    /** The job failed; running again resumes it. */
    FAILED(1),
    /** Usage or configuration error: bad argument, template missing, unknown key. */
    USAGE(2),
    /** Input unusable (SPEC §1.3). */
    INPUT_UNUSABLE(3),
    /** Another run holds the lock. */
    LOCKED(4),
    /** Published, but some workbooks were not e-mailed (SPEC §5): the next start sends them. */
    NOT_DELIVERED(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
