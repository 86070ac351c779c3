package com.jewelry.examples.day;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo ({@code ./demo.sh}): starts the four services, plays the day, stops them and prints what the files hold.
 * Arguments: the output directory (default {@code demo-output}) and the directory of the services' jars (default
 * {@code examples/day-of-the-shop/target/services}).
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "demo-output").toAbsolutePath();
        Path services = Path.of(args.length > 1 ? args[1] : "examples/day-of-the-shop/target/services").toAbsolutePath();
        long start = System.nanoTime();

        DayOfTheShop day = new DayOfTheShop();
        run(day, services, output);

        System.out.println();
        System.out.print(DaySummary.of(output, day.calls()));
        System.out.printf("%nServices started, day played and services stopped in %.1f s.%n", (System.nanoTime() - start) / 1e9);
    }

    /** Plays {@code day} against freshly started services; their files land in {@code output}, emptied first. */
    public static void run(DayOfTheShop day, Path services, Path output) throws IOException, InterruptedException {
        clean(output);
        System.out.println("Starting the MES, CRM, partner API and shop services (one JVM each, 127.0.0.1)...");
        try (ServiceFleet fleet = ServiceFleet.start(services, output, day.serviceArguments())) {
            day.play(fleet::url, System.out);
            System.out.println("18:00  Closing time: stopping the services (their files are flushed on the way out)");
        }
    }

    private static void clean(Path output) throws IOException {
        Files.createDirectories(output);
        try (Stream<Path> old = Files.list(output)) {
            for (Path file : old.filter(p -> p.getFileName().toString().startsWith("jewelry-")).toList()) {
                Files.delete(file);
            }
        }
        Path consoles = output.resolve("services");
        if (Files.isDirectory(consoles)) {
            try (Stream<Path> old = Files.list(consoles)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
