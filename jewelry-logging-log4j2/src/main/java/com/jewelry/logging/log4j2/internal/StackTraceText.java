package com.jewelry.logging.log4j2.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a throwable the way the Logback side does (logstash-logback-encoder's shortened converter, root cause
 * first): the root cause's {@code type: message} line and its frames, then each wrapper as {@code Wrapped by: ...},
 * suppressed exceptions indented under their owner, at most {@code maxDepth} frames per throwable, frames shared
 * with the enclosing throwable folded into {@code ... n common frames omitted}, class names shortened towards
 * {@code classNameLength} characters, and rendering stopped at {@code maxLength} (a render budget: the envelope
 * writer masks the whole text and then cuts it to the configured length). Thread-safe.
 */
public final class StackTraceText {

    private static final String WRAPPED_BY = "Wrapped by: ";
    private static final String SUPPRESSED = "Suppressed: ";
    private static final String ELLIPSIS = "...";
    private static final int CACHE_LIMIT = 4096;

    private final int maxLength;
    private final int maxDepth;
    private final int classNameLength;
    private final String lineSeparator;
    private final Map<String, String> abbreviations = new ConcurrentHashMap<>();

    public StackTraceText(int maxLength, int maxDepth, int classNameLength, String lineSeparator) {
        this.maxLength = maxLength;
        this.maxDepth = maxDepth;
        this.classNameLength = classNameLength;
        this.lineSeparator = lineSeparator;
    }

    /** The text for {@code thrown}, or null when there is none. */
    public String render(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(Math.min(4096, maxLength + 100));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        appendRootCauseFirst(text, null, 1, thrown, null, seen);
        if (text.length() > maxLength) {
            text.setLength(Math.max(0, maxLength - ELLIPSIS.length() - lineSeparator.length()));
            text.append(ELLIPSIS).append(lineSeparator);
        }
        return text.toString();
    }

    private void appendRootCauseFirst(StringBuilder text, String prefix, int indent, Throwable thrown,
            StackTraceElement[] enclosingFrames, Set<Throwable> seen) {
        if (thrown == null || text.length() > maxLength) {
            return;
        }
        StackTraceElement[] frames = thrown.getStackTrace();
        if (!seen.add(thrown)) {
            indent(text, indent - 1);
            text.append(prefix == null ? "" : prefix).append("[CIRCULAR REFERENCE: ")
                    .append(abbreviate(thrown.getClass().getName())).append(": ").append(thrown.getMessage())
                    .append(']').append(lineSeparator);
            return;
        }
        Throwable cause = thrown.getCause();
        if (cause != null && cause != thrown) {
            appendRootCauseFirst(text, prefix, indent, cause, frames, seen);
            prefix = WRAPPED_BY;
        }
        appendFirstLine(text, prefix, indent, thrown);
        appendFrames(text, indent, frames, commonFrames(frames, enclosingFrames));
        for (Throwable suppressed : thrown.getSuppressed()) {
            appendRootCauseFirst(text, SUPPRESSED, indent + 1, suppressed, frames, seen);
        }
    }

    private void appendFirstLine(StringBuilder text, String prefix, int indent, Throwable thrown) {
        if (text.length() > maxLength) {
            return;
        }
        indent(text, indent - 1);
        if (prefix != null) {
            text.append(prefix);
        }
        text.append(abbreviate(thrown.getClass().getName())).append(": ").append(thrown.getMessage())
                .append(lineSeparator);
    }

    private void appendFrames(StringBuilder text, int indent, StackTraceElement[] frames, int commonFrames) {
        if (text.length() > maxLength) {
            return;
        }
        int appended = 0;
        int i = 0;
        for (; i < frames.length - commonFrames; i++) {
            if (appended >= maxDepth) {
                break;
            }
            appendFrame(text, indent, frames[i]);
            appended++;
        }
        if (i + commonFrames < frames.length) {
            String what = commonFrames > 0
                    ? "frames truncated (including " + commonFrames + " common frames)"
                    : "frames truncated";
            appendPlaceholder(text, indent, frames.length - appended, what);
        } else if (commonFrames > 0) {
            appendPlaceholder(text, indent, commonFrames, "common frames omitted");
        }
    }

    private void appendFrame(StringBuilder text, int indent, StackTraceElement frame) {
        if (text.length() > maxLength) {
            return;
        }
        indent(text, indent);
        String fileName = frame.getFileName();
        text.append("at ").append(abbreviate(frame.getClassName())).append('.').append(frame.getMethodName())
                .append('(').append(fileName == null ? "Unknown Source" : fileName);
        if (frame.getLineNumber() >= 0) {
            text.append(':').append(frame.getLineNumber());
        }
        text.append(')').append(lineSeparator);
    }

    private void appendPlaceholder(StringBuilder text, int indent, int count, String what) {
        indent(text, indent);
        text.append(ELLIPSIS).append(' ').append(count).append(' ').append(what).append(lineSeparator);
    }

    private static void indent(StringBuilder text, int tabs) {
        for (int i = 0; i < tabs; i++) {
            text.append('\t');
        }
    }

    /** Frames at the bottom of {@code frames} that the enclosing throwable's trace also ends with. */
    static int commonFrames(StackTraceElement[] frames, StackTraceElement[] enclosingFrames) {
        if (enclosingFrames == null) {
            return 0;
        }
        int i = frames.length - 1;
        int j = enclosingFrames.length - 1;
        int count = 0;
        while (i >= 0 && j >= 0 && frames[i].equals(enclosingFrames[j])) {
            count++;
            i--;
            j--;
        }
        return count;
    }

    private String abbreviate(String className) {
        if (className.length() < classNameLength) {
            return className;
        }
        String cached = abbreviations.get(className);
        if (cached == null) {
            cached = shorten(className, classNameLength);
            if (abbreviations.size() >= CACHE_LIMIT) {
                abbreviations.clear();
            }
            abbreviations.put(className, cached);
        }
        return cached;
    }

    /**
     * Shortens package segments to their first letter, from the left, until the name fits {@code target} (Logback's
     * target-length rule): {@code com.jewelry.logging.core.backend.EnvelopeWriter} becomes
     * {@code c.j.l.core.backend.EnvelopeWriter} at 36. The simple class name is never shortened.
     */
    static String shorten(String className, int target) {
        int length = className.length();
        if (length < target) {
            return className;
        }
        int lastDot = className.lastIndexOf('.');
        if (lastDot < 0) {
            return className;
        }
        int lastSegmentLength = length - lastDot;
        int packageTarget = Math.max(0, target - lastSegmentLength);
        int mostToTrim = (length - lastSegmentLength) - packageTarget;
        StringBuilder out = new StringBuilder(length);
        int trimmed = 0;
        boolean inSegment = false;
        int i = 0;
        for (; i < lastDot; i++) {
            char c = className.charAt(i);
            if (c == '.') {
                if (trimmed >= mostToTrim) {
                    break;
                }
                out.append(c);
                inSegment = false;
            } else if (!inSegment) {
                out.append(c);
                inSegment = true;
            } else {
                trimmed++;
            }
        }
        return out.append(className, i, length).toString();
    }
}
