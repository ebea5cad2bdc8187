package com.portfolioreview.report;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process that writes a new set or moves a previous set aside, named in that directory's
 * name by its pid and start time: only the leftovers of a process that is gone are ever removed,
 * so two runs publishing to one output never remove each other's files, and a pid that a later
 * process got again (pid 1 in every container) is told apart by its start time.
 */
record SetOwner(long pid, long startMillis) {

    private static final Pattern TAG = Pattern.compile("p(\\d{1,19})-(\\d{1,19})");

    static SetOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new SetOwner(self.pid(), startOf(self));
    }

    /** {@code p4242-1764421200123}: the owner as it appears in a directory name. */
    String tag() {
        return "p" + pid + "-" + startMillis;
    }

    static Optional<SetOwner> parse(String tag) {
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SetOwner(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether this process still runs (same pid, same start time) on this machine. */
    boolean isAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> startOf(h) == startMillis).orElse(false);
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
