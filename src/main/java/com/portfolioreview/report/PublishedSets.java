package com.portfolioreview.report;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sets a {@link Publication} writes or moves aside next to each {@code <output>/<P>}, and
 * what the next start does with those a killed run left, for every period whatever its own:
 * a previous set whose {@code <P>} is missing (killed between the two renames) is put back;
 * a previous set whose {@code <P>} is there (killed after the swap) and every unpublished new
 * set are removed. Only the sets of a process that is gone are touched ({@link SetOwner}), so
 * a run in progress keeps its files even without the output lock. Temporary files of the
 * earlier file-by-file publishing ({@code .<file>.run-<id>.tmp}) are removed too.
 */
public final class PublishedSets {

    enum Kind {
        NEW("new"), OLD("old");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    /** {@code .2026-10.p4242-1764421200123-0a1b2c3d.new}: target name, owner, nonce, kind. */
    private static final Pattern ASIDE = Pattern.compile("\\.(.+)\\.(p\\d+-\\d+)-[0-9a-f]{8}\\.(new|old)");
    private static final Pattern LEGACY_TEMP = Pattern.compile("\\..+\\.run-\\d+\\.tmp");

    private PublishedSets() {
    }

    static Path aside(Path target, String tag, Kind kind) {
        return target.resolveSibling("." + target.getFileName() + "." + tag + "." + kind.suffix);
    }

    private record Aside(Path path, String target, SetOwner owner, Kind kind) {
    }

    /**
     * Finishes or undoes what killed runs left in {@code output}; returns one line per thing done
     * or not possible, for the log. Never fails: what cannot be done now is said and retried at
     * the next start.
     */
    public static List<String> recover(Path output) {
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(output)) {
            return notes;
        }
        List<Aside> dead = new ArrayList<>();
        List<Path> periods = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output)) {
            for (Path p : entries) {
                parse(p).filter(a -> !a.owner().isAlive()).ifPresent(dead::add);
                if (!p.getFileName().toString().startsWith(".") && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    periods.add(p);
                }
            }
        } catch (IOException e) {
            notes.add("cannot look for outputs left by interrupted runs in " + output + ": " + Publication.describe(e));
            return notes;
        }
        putBack(output, dead, notes);
        for (Aside a : dead) {
            if (Files.exists(a.path(), LinkOption.NOFOLLOW_LINKS)) {
                remove(a, notes);
            }
        }
        for (Path period : periods) {
            removeLegacyTemporaryFiles(period, notes);
            removeLegacyTemporaryFiles(period.resolve("business-units"), notes);
        }
        return notes;
    }

    /** For each target that is missing, its latest previous set goes back in place. */
    private static void putBack(Path output, List<Aside> dead, List<String> notes) {
        Map<String, Aside> latest = new LinkedHashMap<>();
        dead.stream().filter(a -> a.kind() == Kind.OLD)
                .sorted(Comparator.comparingLong(a -> a.owner().startMillis()))
                .forEach(a -> latest.put(a.target(), a));
        for (Aside a : latest.values()) {
            Path target = output.resolve(a.target());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.move(a.path(), target, StandardCopyOption.ATOMIC_MOVE);
                notes.add("put back the previous outputs of " + a.target() + ", which an interrupted run had moved aside to "
                        + a.path());
            } catch (IOException e) {
                notes.add("cannot put back the previous outputs of " + a.target() + " from " + a.path() + ": "
                        + Publication.describe(e) + "; move that directory to " + target + " by hand");
            }
        }
    }

    private static void remove(Aside a, List<String> notes) {
        String what = a.kind() == Kind.OLD ? "the previous outputs of " + a.target() + " that an interrupted run left aside"
                : "the unpublished outputs of " + a.target() + " that an interrupted run left";
        try {
            PathUtils.delete(a.path());
            notes.add("removed " + what + " in " + a.path());
        } catch (IOException e) {
            notes.add("cannot remove " + what + " in " + a.path() + ": " + Publication.describe(e)
                    + "; remove that directory by hand");
        }
    }

    private static void removeLegacyTemporaryFiles(Path dir, List<String> notes) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (LEGACY_TEMP.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(f);
                    notes.add("removed " + f + " left by an interrupted run");
                }
            }
        } catch (IOException e) {
            notes.add("cannot remove the temporary files an interrupted run left in " + dir + ": " + Publication.describe(e));
        }
    }

    private static Optional<Aside> parse(Path p) {
        Matcher m = ASIDE.matcher(p.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return SetOwner.parse(m.group(2)).map(owner -> new Aside(p, m.group(1),
                owner, m.group(3).equals("new") ? Kind.NEW : Kind.OLD));
    }
}
