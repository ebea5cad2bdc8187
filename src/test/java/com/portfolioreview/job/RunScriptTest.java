package com.portfolioreview.job;

import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * run.sh as cron starts it: from $HOME, with the minimal environment of {@code env -i HOME=...
 * PATH=/usr/bin:/bin} and no JAVA_HOME. The program is given through PORTFOLIO_REVIEW_JAR (a
 * launcher jar whose manifest names the test classpath), so run.sh's own build never touches the
 * target/ directory that surefire is running from.
 */
class RunScriptTest {

    private static final Path RUN_SH = ReviewProcess.PROJECT.resolve("run.sh");

    @TempDir
    Path home;

    @Test
    void runsFromHomeWithCronsMinimalEnvironmentAndPassesTheExitCodeThrough() throws Exception {
        Path jar = launcherJar(home.resolve("portfolio-review.jar"));
        InputFolder.smallPortfolio(home.resolve("exports"));

        Result first = runSh(Map.of("PORTFOLIO_REVIEW_JAR", jar.toString()),
                "--input", "exports", "--output", "reviews", "--data", "db");
        assertThat(first.exitCode).as(first.output).isZero();
        assertThat(first.output).contains("done: period 2026-10: ");
        // paths on the command line are relative to the current directory ($HOME here)
        assertThat(home.resolve("reviews/2026-10/portfolio-review-2026-10.xlsx")).isRegularFile();

        Result usage = runSh(Map.of("PORTFOLIO_REVIEW_JAR", jar.toString()), "--period", "soon");
        assertThat(usage.exitCode).as(usage.output).isEqualTo(2);
        assertThat(usage.output).contains("--period must be YYYY-MM, got 'soon'", "usage: run.sh");
    }

    @Test
    void theScaleBenchmarkMeasuresWithTheJvmOptionsRunShStartsTheProgramWith() {
        // bench/run.sh must time the program as shipped: it reads run.sh's JVM_DEFAULTS line
        assertThat(com.portfolioreview.bench.ScaleBenchmark.runShJvmDefaults(Path.of("run.sh")))
                .containsExactly("-XX:+UseParallelGC", "-XX:+UseTransparentHugePages", "-XX:PerMethodTrapLimit=0",
                        "-XX:+AlwaysPreTouch", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000");
    }

    @Test
    void saysClearlyWhenTheJavaItIsGivenIsTooOldOrTheJarIsMissing() throws Exception {
        Path oldJdk = home.resolve("jdk-11");
        Files.createDirectories(oldJdk.resolve("bin"));
        Path java = oldJdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result tooOld = runSh(Map.of("JAVA_HOME", oldJdk.toString()));
        assertThat(tooOld.exitCode).as(tooOld.output).isEqualTo(2);
        assertThat(tooOld.output.strip()).isEqualTo("portfolio-review: JAVA_HOME=" + oldJdk
                + " is Java 11; Java 17 or newer is needed");

        Result noJar = runSh(Map.of("PORTFOLIO_REVIEW_JAR", home.resolve("missing.jar").toString()));
        assertThat(noJar.exitCode).as(noJar.output).isEqualTo(2);
        assertThat(noJar.output.strip()).isEqualTo("portfolio-review: PORTFOLIO_REVIEW_JAR=" + home.resolve("missing.jar")
                + " is not a readable file");
    }

    /** {@code env -i} leaves even HOME unset; a current directory deleted under the shell is named, not blamed on Java. */
    @Test
    void runsWithHomeUnsetAndSaysSoWhenTheCurrentDirectoryIsGone() throws Exception {
        Path jar = launcherJar(home.resolve("portfolio-review.jar"));
        InputFolder.smallPortfolio(home.resolve("exports"));

        Result noHome = runSh(Map.of("PORTFOLIO_REVIEW_JAR", jar.toString()), List.of("HOME"),
                "--input", "exports", "--output", "reviews", "--data", "db");
        assertThat(noHome.exitCode).as(noHome.output).isZero();
        assertThat(noHome.output).contains("done: period 2026-10: ").doesNotContain("unbound variable");

        Path gone = Files.createDirectory(home.resolve("gone"));
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "cd \"$1\" && rmdir \"$1\" && exec \"$2\" --period 2026-10",
                "sh", gone.toString(), RUN_SH.toString());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("PORTFOLIO_REVIEW_JAR", jar.toString());
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("portfolio-review: the current directory").contains(
                " no longer exists; cd to an existing directory and run again");
    }

    private record Result(int exitCode, String output) {
    }

    /** {@code cd $HOME && env -i HOME=$HOME PATH=/usr/bin:/bin [extra] run.sh args}. */
    private Result runSh(Map<String, String> extra, String... args) throws IOException, InterruptedException {
        return runSh(extra, List.of(), args);
    }

    /** @param unset variables of cron's environment left out (e.g. HOME, which {@code env -i} does not set) */
    private Result runSh(Map<String, String> extra, List<String> unset, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(RUN_SH.toString())));
        builder.command().addAll(List.of(args));
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(extra);
        unset.forEach(builder.environment()::remove);
        Path log = Files.createTempFile(home, "run-sh", ".log");
        Process process = builder.directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("run.sh did not finish:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A jar holding only a manifest: the program's main class and the test classpath (target/classes and every dependency). */
    private static Path launcherJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "com.portfolioreview.PortfolioReviewApplication");
        StringJoiner classPath = new StringJoiner(" ");
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        main.put(Attributes.Name.CLASS_PATH, classPath.toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
