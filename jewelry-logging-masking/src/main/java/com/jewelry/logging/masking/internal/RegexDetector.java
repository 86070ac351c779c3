package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.Finding;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.masking.SensitiveValueDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A custom value rule from configuration: every match of the expression is a finding of one kind. */
public final class RegexDetector implements SensitiveValueDetector {

    private final SensitiveKind kind;
    private final Pattern pattern;

    private RegexDetector(SensitiveKind kind, Pattern pattern) {
        this.kind = kind;
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException if the expression does not compile (the message names no value) */
    public static RegexDetector compile(SensitiveKind kind, String regex) {
        if (kind == null || regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("a value rule needs a kind and a regular expression");
        }
        try {
            return new RegexDetector(kind, Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("value rule regex does not compile: " + e.getDescription(), e);
        }
    }

    @Override
    public List<Finding> detect(String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>(2);
        do {
            if (m.end() > m.start()) {
                found.add(new Finding(kind, m.start(), m.end()));
            }
        } while (m.find());
        return found;
    }
}
