package com.jewelry.logging.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A load-tolerant cross-check of the JMH figures: encodes the (a), (b) and (c) lines in alternating rounds and
 * compares the <em>CPU time</em> of this thread per line, which other processes on a shared machine disturb far
 * less than wall-clock time. Prints the median ns/line and the ratios. Not a replacement for JMH.
 * Run: {@code java -cp benchmarks.jar com.jewelry.logging.benchmarks.CpuTimeRatio [rounds]}, or with a second
 * argument {@code a}, {@code b} or {@code c} to measure one variant alone in its JVM (no profile pollution
 * between the variants, as in separate JMH forks): {@code ... CpuTimeRatio 20 a}.
 */
public final class CpuTimeRatio {

    private CpuTimeRatio() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        MaskingEncoderBenchmark lines = new MaskingEncoderBenchmark();
        lines.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (args.length > 1) {
            Supplier<byte[]> one = switch (args[1]) {
                case "a" -> lines::a_plain;
                case "b" -> lines::b_lleMasking;
                default -> lines::c_jewelryMasking;
            };
            int n = args[1].equals("b") ? 2_000 : 20_000;
            double[] times = new double[rounds];
            for (int r = -5; r < rounds; r++) {
                double t = run(mx, one, n);
                if (r >= 0) {
                    times[r] = t;
                }
            }
            lines.tearDown();
            System.out.printf("CPU ns/line (median of %d rounds) %s=%.0f%n", rounds, args[1], median(times));
            return;
        }
        long sink = 0;
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        double[] c = new double[rounds];
        for (int warm = 0; warm < 5; warm++) {
            sink += run(mx, lines::a_plain, 20_000) > 0 ? 1 : 0;
            sink += run(mx, lines::b_lleMasking, 2_000) > 0 ? 1 : 0;
            sink += run(mx, lines::c_jewelryMasking, 20_000) > 0 ? 1 : 0;
        }
        for (int r = 0; r < rounds; r++) {
            a[r] = run(mx, lines::a_plain, 20_000);
            b[r] = run(mx, lines::b_lleMasking, 2_000);
            c[r] = run(mx, lines::c_jewelryMasking, 20_000);
        }
        lines.tearDown();
        double ma = median(a);
        double mb = median(b);
        double mc = median(c);
        System.out.printf("CPU ns/line (median of %d rounds): a=%.0f b=%.0f c=%.0f; c/a=%.2f c/b=%.3f b/a=%.1f (%d)%n",
                rounds, ma, mb, mc, mc / ma, mc / mb, mb / ma, sink);
    }

    private static double run(ThreadMXBean mx, Supplier<byte[]> encode, int n) {
        long start = mx.getCurrentThreadCpuTime();
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += encode.get().length;
        }
        long cpu = mx.getCurrentThreadCpuTime() - start;
        return bytes == 0 ? -1 : (double) cpu / n;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
