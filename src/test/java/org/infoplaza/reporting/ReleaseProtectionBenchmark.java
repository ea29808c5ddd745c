package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Protecting and auditing one month of a national release (issue "published figures that nobody can unpick":
 * 300 centres in 30 municipalities, every table and level, in 30 s), for docs/performance.md. The month is
 * {@link NationalRelease}, generated from a seed; each run builds the model, protects it jointly and so audits
 * it, and must pass. A baseline is measured in the same run: the same code on one municipality of 10 centres.
 *
 * <p>Not part of {@code ./mvnw verify}. Run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=ReleaseProtectionBenchmark}; {@code -Dbench.municipalities=30},
 * {@code -Dbench.centres=10} (per municipality) and {@code -Dbench.runs=5} are the defaults. Results also go to
 * {@code target/benchmark/release-protection.md}. Timings are reported, never asserted; passing the audit is.
 */
@Tag("benchmark")
class ReleaseProtectionBenchmark {

    static final long SEED = 2026_11L;

    @Test
    void protects_and_audits_one_national_month() throws IOException {
        int municipalities = Integer.getInteger("bench.municipalities", 30);
        int centres = Integer.getInteger("bench.centres", 10);
        int runs = Integer.getInteger("bench.runs", 5);
        StringBuilder report = new StringBuilder();
        report.append("# Release protection benchmark, ").append(LocalDate.now()).append("\n\n");
        report.append("Load average before: ").append(loadAverage()).append("\n\n");

        Measured baseline = run(NationalRelease.generate(SEED, 1, 10));
        report.append("Baseline, 1 municipality of 10 centres: ").append(baseline.line()).append("\n\n");

        NationalRelease month = NationalRelease.generate(SEED, municipalities, centres);
        report.append("Network: ").append(municipalities).append(" municipalities × ").append(centres)
                .append(" centres, ").append(month.people()).append(" people served, ").append(month.tables().size())
                .append(" tables\n\n| Run | Cells | Equations | Rounds | Programs | Findings | Seconds | CPU seconds |\n|---|---|---|---|---|---|---|---|\n");
        List<Measured> measured = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Measured one = run(month);
            measured.add(one);
            report.append("| ").append(run).append(" | ").append(one.cells()).append(" | ").append(one.equations())
                    .append(" | ").append(one.rounds()).append(" | ").append(one.programs()).append(" | ")
                    .append(one.result().findings().size()).append(" | ")
                    .append(String.format("%.1f", one.seconds())).append(" | ")
                    .append(String.format("%.1f", one.cpuSeconds())).append(" |\n");
            System.out.println("Run " + run + ": " + one.line());
            assertThat(one.result().findings()).as("run %d", run).isEmpty();
        }
        List<Double> seconds = measured.stream().map(Measured::seconds).sorted().toList();
        report.append("\nMedian ").append(String.format("%.1f", seconds.get(seconds.size() / 2))).append(" s, worst ")
                .append(String.format("%.1f", seconds.getLast())).append(" s\n\n");
        report.append("Cost (last run), per kind of table:\n\n| Kind | Cells | <5 | Rounded | Hidden | Withheld | Published | Hidden table by table |\n|---|---|---|---|---|---|---|---|\n");
        int cells = 0;
        int published = 0;
        for (ReleaseCost cost : ReleaseCost.of(month.tables(), measured.getLast().result().cells())) {
            int shown = cost.cells() - cost.hidden() - cost.withheld();
            cells += cost.cells();
            published += shown;
            report.append("| ").append(cost.kind()).append(" | ").append(cost.cells()).append(" | ")
                    .append(cost.small()).append(" | ").append(cost.rounded()).append(" | ").append(cost.hidden())
                    .append(" | ").append(cost.withheld()).append(" | ")
                    .append(String.format("%.0f %%", 100.0 * shown / cost.cells())).append(" | ")
                    .append(cost.hiddenBefore()).append(" |\n");
        }
        report.append(String.format("%nPublished as shown, rounded or <5: %.0f %% of %d cells%n", 100.0 * published / cells, cells));
        report.append("\nLoad average after: ").append(loadAverage()).append("\n");
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "release-protection.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** One protection of {@code month}, from its tables to the audited result. */
    record Measured(int cells, int equations, int rounds, long programs, ReleaseProtection.Result result,
            double seconds, double cpuSeconds) {

        String line() {
            return String.format("%d cells, %d equations, %d rounds, %d programs, %d findings, %.1f s (CPU %.1f s)",
                    cells, equations, rounds, programs, result.findings().size(), seconds, cpuSeconds);
        }
    }

    private static Measured run(NationalRelease month) {
        RangeProver.Statistics.reset();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        ReleaseModel model = ReleaseModel.of(month.tables(), month.children());
        ReleaseProtection.Result result = ReleaseProtection.protect(model, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        return new Measured(model.size(), model.equationCount(), ReleaseProtection.Statistics.rounds(),
                RangeProver.Statistics.programs(), result, seconds, cpuSeconds);
    }

    /**
     * The CPU time of this JVM, all threads: reported beside the wall time, so a reader can tell a slow run from a
     * run that waited for the cores (protection uses both cores; on a quiet machine wall time is about half of it).
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
