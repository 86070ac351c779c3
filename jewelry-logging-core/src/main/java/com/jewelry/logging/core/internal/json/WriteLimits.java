package com.jewelry.logging.core.internal.json;

/**
 * Bounds on what one line may carry, so a 1 MB string or a million-item list cannot flood the pipeline.
 *
 * @param maxStringLength longest string value written, in chars; longer ones are cut and marked
 * @param maxListItems    most list items written; the rest are counted in a marker
 * @param maxDepth        deepest nesting written for DEBUG detail objects
 */
public record WriteLimits(int maxStringLength, int maxListItems, int maxDepth) {

    public static final WriteLimits DEFAULTS = new WriteLimits(8192, 1000, 8);

    public WriteLimits {
        if (maxStringLength < 64 || maxListItems < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits too small: " + maxStringLength + "/" + maxListItems + "/" + maxDepth);
        }
    }

    /** The value itself when short enough, else its head and a marker saying how long it was. */
    public String bound(String value) {
        if (value.length() <= maxStringLength) {
            return value;
        }
        int cut = maxStringLength;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return value.substring(0, cut) + "…[truncated, " + value.length() + " chars]";
    }

    public boolean exceeds(String value) {
        return value.length() > maxStringLength;
    }
}
