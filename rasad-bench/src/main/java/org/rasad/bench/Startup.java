package org.rasad.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of {@code rasad extract FILE}: a fresh JVM with the launcher's default options
 * (see the {@code rasad} script) on this JVM's class path, timed from spawn to exit.
 */
public final class Startup {
    /** The launcher's default JVM options ({@code RASAD_JAVA_OPTS} unset). */
    public static final List<String> LAUNCHER_OPTS = List.of("-Xss4m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    /** Median, min and max of {@code runs} timed runs, milliseconds; {@code exitCode} of the last run. */
    public record Timing(int runs, double medianMs, double minMs, double maxMs, int exitCode) {
    }

    private Startup() {
    }

    public static Timing extractOneFile(Path file, int runs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(LAUNCHER_OPTS);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.rasad.app.Main");
        cmd.add("extract");
        cmd.add(file.toString());
        double[] ms = new double[runs];
        int rc = -1;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(new File("/dev/null")).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("rasad extract did not finish in 120 s");
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
            rc = p.exitValue();
        }
        Arrays.sort(ms);
        return new Timing(runs, ms[runs / 2], ms[0], ms[runs - 1], rc);
    }
}
