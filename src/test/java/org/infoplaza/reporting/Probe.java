package org.infoplaza.reporting;

import java.util.Map;
import java.util.TreeMap;

/** Ad-hoc probe, not committed. */
public class Probe {
    public static void main(String[] args) {
        int municipalities = Integer.parseInt(args[0]);
        int centres = Integer.parseInt(args[1]);
        NationalRelease network = NationalRelease.generate(Long.parseLong(args[2]), municipalities, centres);
        long t0 = System.nanoTime();
        ReleaseModel model = ReleaseModel.of(network.tables(), network.children());
        if (args.length > 3) {
            int rounds = Integer.parseInt(args[3]);
            for (int k = 0; k < rounds; k++) {
                java.util.List<Integer> toRound = new java.util.ArrayList<>();
                for (int e = 0; e < model.equationCount(); e++) {
                    var eq = model.equation(e);
                    boolean small = false;
                    for (int c : eq.cells()) small |= model.state(c) != ReleaseModel.State.EXACT && model.trueValue(c) > 0;
                    if (!small) continue;
                    for (int c : eq.cells()) if (model.state(c) == ReleaseModel.State.EXACT && model.trueValue(c) >= 5) toRound.add(c);
                }
                toRound.forEach(c -> model.setState(c, ReleaseModel.State.ROUNDED));
            }
            long a0 = System.nanoTime();
            var f = ReleaseProtection.audit(model);
            System.out.println("pre-pattern audit findings " + f.size() + " in ms " + (System.nanoTime() - a0) / 1_000_000);
            f.stream().limit(10).forEach(System.out::println);
        }
        ReleaseProtection.Result r = ReleaseProtection.protect(model, true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, int[]> byState = new TreeMap<>();
        System.out.println("cells " + model.size() + " ms " + ms + " findings " + r.findings().size());
        for (ReleaseProtection.Cost c : r.cost()) {
            System.out.printf("%-40s cells %5d <5 %4d ≈ %4d x %4d w %4d%n", c.kind(), c.cells(), c.primary(), c.rounded(), c.hidden(), c.withheld());
        }
        r.cells().forEach((k, v) -> { if (k.matches("served\\|U:N(\\|sex=[A-Z_]+)?")) System.out.println(k + " " + v.display() + " (" + r.counts().get(k) + ")"); });
    }
}
