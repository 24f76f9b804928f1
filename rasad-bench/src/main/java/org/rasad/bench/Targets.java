package org.rasad.bench;

import java.util.ArrayList;
import java.util.List;

/** The targets, checked against one report's figures. */
public final class Targets {
    static final String FULL = "full extraction (clean+extract)";
    static final String PEER_FULL = "rasad full extraction";

    private Targets() {
    }

    public static List<Report.Target> of(Report r) {
        List<Report.Target> out = new ArrayList<>();
        Measurement mine = r.find(r.peers(), PEER_FULL, 1);
        Measurement core = r.peers().stream().filter(m -> m.name().startsWith("Stanford CoreNLP")).findFirst()
                .orElse(null);
        Measurement lucene = r.find(r.peers(), "Lucene ArabicAnalyzer", 1);
        out.add(ratio("full extraction MB/s / CoreNLP MB/s (1 thread)", mine, core, ">= 100", 100, 1));
        out.add(ratio("full extraction MB/s / Lucene ArabicAnalyzer MB/s (1 thread)", mine, lucene, ">= 0.125",
                0.125, 1));
        out.add(ratio("full extraction 2 threads / 1 thread", r.find(r.stages(), FULL, 2), r.find(r.stages(), FULL, 1),
                ">= 1.8", 1.8, 2));
        double heapMib = r.sampledPeakHeapBytes() / 1048576.0;
        out.add(new Report.Target("peak heap (sampled), MiB", heapMib, null, "<= 1024", heapMib <= 1024));
        if (r.startup() != null) {
            out.add(new Report.Target("start-up of rasad extract on one file, ms", r.startup().medianMs(), null,
                    "< 1000",
                    r.startup().medianMs() < 1000 && r.startup().exitCode() == 0));
        }
        return out;
    }

    private static Report.Target ratio(String name, Measurement a, Measurement b, String threshold, double min,
                                       double cpuScale) {
        if (a == null || b == null || b.mbPerSecond() <= 0) {
            return new Report.Target(name, 0, null, threshold, null);
        }
        double v = a.mbPerSecond() / b.mbPerSecond();
        Double c = b.mbPerCpuSecond() > 0 ? Double.valueOf(cpuScale * a.mbPerCpuSecond() / b.mbPerCpuSecond()) : null;
        return new Report.Target(name, v, c, threshold, v >= min);
    }
}
