package com.jewelry.logging.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A file system of a few hundred kilobytes mounted on a directory, to be filled: a tmpfs with a size limit, or
 * else an ext2 image on a loop device (both need root, which CI has), or else an ext2 image through fuse2fs (no
 * root needed). Where none can be mounted the test is skipped on a developer machine and fails on CI.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final String how;
    private final List<String> unmount;

    private SmallDisk(Path mountPoint, String how, List<String> unmount) {
        this.mountPoint = mountPoint;
        this.how = how;
        this.unmount = unmount;
    }

    /** Mounts a file system of {@code kilobytes} on {@code dir}/disk, trying each way in turn. */
    public static SmallDisk mount(Path dir, int kilobytes) {
        Path disk;
        try {
            disk = Files.createDirectories(dir.resolve("disk"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> failures = new ArrayList<>();
        if (Ci.runningAsRoot()) {
            Processes.Result tmpfs = attempt("mount", "-t", "tmpfs",
                    "-o", "size=" + kilobytes + "k", "jewelry-it-full", disk.toString());
            if (tmpfs.exitCode() == 0) {
                return new SmallDisk(disk, "tmpfs of " + kilobytes + " KB", List.of("umount", disk.toString()));
            }
            failures.add("tmpfs: " + tmpfs.output().strip());
        }
        Path image = dir.resolve("disk.img");
        Processes.Result mkfs = attempt("mkfs.ext2", "-q", "-F", "-b", "1024", "-m", "0",
                image.toString(), Integer.toString(kilobytes));
        if (mkfs.exitCode() != 0) {
            failures.add("mkfs.ext2: " + mkfs.output().strip());
        } else {
            if (Ci.runningAsRoot()) {
                Processes.Result loop = attempt("mount", "-o", "loop", image.toString(), disk.toString());
                if (loop.exitCode() == 0) {
                    return new SmallDisk(disk, "ext2 image of " + kilobytes + " KB on a loop device",
                            List.of("umount", disk.toString()));
                }
                failures.add("loop mount: " + loop.output().strip());
            }
            Processes.Result fuse = attempt("fuse2fs", image.toString(), disk.toString(), "-o", "rw");
            if (fuse.exitCode() == 0) {
                return new SmallDisk(disk, "ext2 image of " + kilobytes + " KB through fuse2fs",
                        List.of("fusermount", "-u", disk.toString()));
            }
            failures.add("fuse2fs: " + fuse.output().strip());
        }
        Ci.require(false, "cannot mount a small file system to fill (" + String.join("; ", failures)
                + "); the full-disk case needs root (tmpfs or loop mount) or fuse2fs");
        throw new AssertionError("unreachable");
    }

    /** Runs a command; a tool that is not installed is a failed attempt, not an error. */
    private static Processes.Result attempt(String... command) {
        try {
            return Processes.run(Duration.ofSeconds(20), command);
        } catch (UncheckedIOException notInstalled) {
            return new Processes.Result(-1, command[0] + " cannot be run: " + notInstalled.getMessage());
        }
    }

    public Path path() {
        return mountPoint;
    }

    /** What was mounted, for the test's figures. */
    public String how() {
        return how;
    }

    @Override
    public void close() {
        Processes.run(Duration.ofSeconds(30), unmount).orFail(String.join(" ", unmount));
    }
}
