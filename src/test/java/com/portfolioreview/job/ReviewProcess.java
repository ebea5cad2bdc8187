package com.portfolioreview.job;

import com.portfolioreview.launch.ReviewCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real program as a separate operating-system process, as cron starts it: its own JVM on the
 * test classpath (target/classes and every dependency), {@code portfolio.review.home} set to the
 * project directory as run.sh sets it, standard output and error captured in a log file.
 */
final class ReviewProcess {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final AtomicInteger LOGS = new AtomicInteger();

    /** What a finished run left: its exit code and everything it printed. */
    record Result(int exitCode, String output) {

        List<String> lines() {
            return output.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private final Process process;
    private final Path log;

    private ReviewProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the program in {@code cwd} (the base of relative paths on its command line). */
    static ReviewProcess start(Path cwd, String... args) {
        return start(cwd, InputSize.SMALL, args);
    }

    /**
     * Small inputs start fastest with the quick JIT only; large ones need the optimising one. The
     * program's own and its libraries' classes are not verified again (a tenth of a small run's CPU).
     */
    enum InputSize {
        SMALL(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-BytecodeVerificationRemote")),
        LARGE(List.of("-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote"));

        private final List<String> jvmOptions;

        InputSize(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }
    }

    static ReviewProcess start(Path cwd, InputSize size, String... args) {
        return start(cwd, size, List.of(), args);
    }

    /** Starts the program with extra JVM options, e.g. a {@code -D} test seam or {@code -Djava.io.tmpdir}. */
    static ReviewProcess start(Path cwd, List<String> jvmOptions, String... args) {
        return start(cwd, InputSize.SMALL, jvmOptions, args);
    }

    /** @param extraJvmOptions after the size's options, so they override them (e.g. a small {@code -Xmx}) */
    static ReviewProcess start(Path cwd, InputSize size, List<String> extraJvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(size.jvmOptions);
        command.addAll(extraJvmOptions);
        command.addAll(List.of(
                "-D" + ReviewCommand.HOME_PROPERTY + "=" + PROJECT,
                "-cp", System.getProperty("java.class.path"),
                "com.portfolioreview.PortfolioReviewApplication"));
        command.addAll(List.of(args));
        try {
            Path log = cwd.resolve("process-" + LOGS.incrementAndGet() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            return new ReviewProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the program in this JVM, without a JVM's start-up: for a reference run whose outputs a
     * test compares with (an uninterrupted run beside a resumed one), never for the operation
     * under test. Returns its exit code.
     */
    static int runInThisJvm(Path cwd, String... args) {
        return ReviewCommand.run(args, PROJECT, cwd);
    }

    /** Runs the program to its end (at most two minutes). */
    static Result run(Path cwd, String... args) {
        return run(cwd, InputSize.SMALL, args);
    }

    static Result run(Path cwd, InputSize size, String... args) {
        return start(cwd, size, args).await(Duration.ofMinutes(2));
    }

    Result await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the program did not finish within " + timeout + ":\n" + output());
            }
            return new Result(process.exitValue(), output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until the program has printed {@code text}; fails if it ends or the time runs out first. */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("the program ended (exit " + process.exitValue() + ") before printing '"
                        + text + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + output());
            }
            Thread.sleep(20);
        }
    }

    /**
     * kill -9 (on Linux {@link Process#destroyForcibly()} sends SIGKILL): no shutdown hook, no
     * finally block, no lock released by the program itself.
     */
    /**
     * SIGSTOP: the process stays alive, holding its locks, but does no more work, so a test can
     * act "while it is ingesting" without racing a fast machine.
     */
    void freeze() throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-STOP", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new AssertionError("kill -STOP failed with " + exit);
        }
    }

    /** SIGTERM, as systemd or a shell's kill sends it: the JVM runs its shutdown hooks. */
    void terminate() {
        process.destroy();
    }

    /** SIGCONT: a frozen process goes on where it stopped. */
    void thaw() throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-CONT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new AssertionError("kill -CONT failed with " + exit);
        }
    }

    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Writes a line to the program's standard input: a test seam waiting there goes on. */
    void resume() throws IOException {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
