package com.jewelry.logging.test.internal;

import com.jewelry.logging.masking.Finding;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.SensitiveDataScanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks for personal data in captured lines with the masking module's detectors, and for a test's own sensitive
 * inputs. Reports where (line, JSON path) and what kind, never the value.
 */
public final class PersonalDataScan {

    private static final SensitiveDataScanner SCANNER = SensitiveDataScanner.defaults();
    private static final Masker MASKER = Masker.of(MaskingPolicy.defaults());

    private PersonalDataScan() {
    }

    /** Every detector finding in every value and property name, one sentence each, e.g. {@code line 2 (order.updated) at detail.note: email}. */
    public static List<String> findings(List<LineStore.Entry> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineStore.Entry line = lines.get(i);
            if (!line.isJson()) {
                for (Finding finding : SCANNER.scan(line.text())) {
                    if (!alreadyMasked(line.text(), finding)) {
                        found.add("line " + i + " (not JSON) at offset " + finding.start() + ": " + finding.kind().label());
                    }
                }
                continue;
            }
            String label = Lines.label(i, line.json());
            Json.forEachScalarAndName(line.json(),
                    (path, scalar) -> scan(Json.scalarText(scalar), label + " at " + path, found),
                    (path, name) -> scan(name, label + " in the name of " + path, found),
                    PersonalDataScan::safeName);
        }
        return found;
    }

    /** A property name as a path shows it: masked like a value, since a map key can be an e-mail address. */
    private static String safeName(String name) {
        return MASKER.maskText(name);
    }

    private static void scan(String text, String where, List<String> found) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (Finding finding : SCANNER.scan(text)) {
            if (!alreadyMasked(text, finding)) {
                found.add(where + ": " + finding.kind().label());
            }
        }
    }

    /**
     * A value the encoder already masked partially ({@code a***@example.com}, {@code ************4242}) can still
     * look like its kind to a detector; it is not a leak.
     */
    private static boolean alreadyMasked(String text, Finding finding) {
        for (int i = finding.start(); i < finding.end(); i++) {
            if (text.charAt(i) == '*') {
                return true;
            }
        }
        return false;
    }

    /**
     * Every place one of the given values appears (as written, or in another letter case), one sentence each,
     * naming the value by its index in the list only.
     */
    public static List<String> occurrences(List<LineStore.Entry> lines, List<String> values) {
        List<String> needles = new ArrayList<>(values.size());
        for (String value : values) {
            needles.add(value.toLowerCase(Locale.ROOT));
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineStore.Entry line = lines.get(i);
            if (!line.isJson()) {
                String text = line.text().toLowerCase(Locale.ROOT);
                for (int v = 0; v < needles.size(); v++) {
                    if (text.contains(needles.get(v))) {
                        found.add("value #" + v + " in line " + i + " (not JSON)");
                    }
                }
                continue;
            }
            String label = Lines.label(i, line.json());
            Json.forEachScalarAndName(line.json(),
                    (path, scalar) -> contains(Json.scalarText(scalar), needles, label + " at " + path, found),
                    (path, name) -> contains(name, needles, label + " in the name of " + path, found),
                    name -> safeName(name, needles));
        }
        return found;
    }

    /** A property name that holds one of the values is shown as that value's index. */
    private static String safeName(String name, List<String> needles) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int v = 0; v < needles.size(); v++) {
            if (lower.contains(needles.get(v))) {
                return "[value #" + v + "]";
            }
        }
        return safeName(name);
    }

    private static void contains(String text, List<String> needles, String where, List<String> found) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int v = 0; v < needles.size(); v++) {
            if (lower.contains(needles.get(v))) {
                found.add("value #" + v + " " + where);
            }
        }
    }
}
