package com.portfolioreview.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job's own step times, read from the lines it logs at the end of each step
 * ({@code step ingest: … (7.312 s)}, the ingest's time covering its partitions and the merge):
 * the benchmark reports where the job spends its time from the job itself, not from a path the
 * job does not run.
 */
final class JobStepTimes {

    /** A step's closing line: its name, then its elapsed time in parentheses at the very end. */
    private static final Pattern STEP_LINE = Pattern.compile("\\bstep (\\w[\\w-]*): .*\\((\\d+(?:\\.\\d+)?) s\\)\\s*$");

    private JobStepTimes() {
    }

    /** Seconds per step name, in the order the steps ended (a step logged twice: its last time). */
    static Map<String, Double> of(List<String> logLines) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String line : logLines) {
            Matcher m = STEP_LINE.matcher(line);
            if (m.find()) {
                seconds.put(m.group(1), Double.parseDouble(m.group(2)));
            }
        }
        return seconds;
    }
}
