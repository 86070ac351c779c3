package com.jewelry.logging.masking;

import com.jewelry.logging.masking.MaskingPolicy.ValueRule;
import com.jewelry.logging.masking.internal.FieldNames;
import com.jewelry.logging.masking.internal.Renderer;
import com.jewelry.logging.masking.internal.TextScanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies a {@link MaskingPolicy} to values and free text. Thread-safe; create one per policy and share it.
 * Returns the very same instance when nothing is sensitive (no copy, no allocation), the masked text otherwise.
 * Fails closed: if a rule throws, the value becomes {@value #ERROR_MARKER} and the failure is counted in
 * {@link #diagnostics()}; a Masker method never throws because of a value.
 */
public final class Masker {

    /** What a value becomes when a rule failed on it. */
    public static final String ERROR_MARKER = "[masked:error]";

    private static final String BUILT_IN_RULES = "built-in value detectors";
    private static final String FIELD_RULES = "field name rules";
    /** Field names are a small set in practice; cap the cache so map keys made of data cannot grow it forever. */
    private static final int FIELD_CACHE_LIMIT = 10_000;

    private final MaskingPolicy policy;
    private final MaskingDiagnostics diagnostics;
    private final TextScanner scanner;
    private final Renderer renderer;
    private final ValueRule[] valueRules;
    private final ConcurrentHashMap<String, FieldName> fields = new ConcurrentHashMap<>();

    private Masker(MaskingPolicy policy, MaskingDiagnostics diagnostics) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        // a key in free text ("fullName=...", "ФИО: ...") is classified exactly like a JSON property name
        this.scanner = new TextScanner(policy.disabledKinds(), name -> field(name).kind());
        this.renderer = new Renderer(policy, policy.pseudonymisationKeyCopy());
        this.valueRules = policy.valueRules().stream()
                .filter(rule -> policy.isEnabled(rule.kind()))
                .toArray(ValueRule[]::new);
    }

    public static Masker of(MaskingPolicy policy) {
        return new Masker(policy, new MaskingDiagnostics());
    }

    public static Masker of(MaskingPolicy policy, MaskingDiagnostics diagnostics) {
        return new Masker(policy, diagnostics);
    }

    public MaskingPolicy policy() {
        return policy;
    }

    public MaskingDiagnostics diagnostics() {
        return diagnostics;
    }

    /** How the policy sees a property name; cached, so a known name costs one map lookup. */
    public FieldName field(String name) {
        FieldName cached = fields.get(name);
        if (cached != null) {
            return cached;
        }
        FieldName fresh = classify(name);
        if (fields.size() < FIELD_CACHE_LIMIT) {
            fields.putIfAbsent(name, fresh);
        }
        return fresh;
    }

    private FieldName classify(String name) {
        SensitiveKind kind;
        try {
            kind = FieldNames.classify(name, policy.fieldRules(), policy.keptFields());
        } catch (RuntimeException e) {
            diagnostics.recordFailure(FIELD_RULES, e);
            kind = SensitiveKind.OTHER;
        }
        if (kind != null && !policy.isEnabled(kind)) {
            kind = null;
        }
        return new FieldName(name, kind, maskName(name));
    }

    /**
     * The kind a dotted path implies ({@code order.changes.deliveryAddress.old} is an address because an
     * ancestor is named so); the deepest sensitive segment wins. {@code null} if no segment is sensitive.
     */
    public SensitiveKind pathKind(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        SensitiveKind found = null;
        String parent = null;
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '.' || path.charAt(i) == '[' || path.charAt(i) == ']'
                    || path.charAt(i) == '/') {
                if (i > start) {
                    String segment = path.substring(start, i);
                    SensitiveKind kind = field(segment).kind();
                    if (kind == null && parent != null) {
                        kind = personField(parent, segment); // recipient.name
                    }
                    if (kind != null) {
                        found = kind;
                    }
                    parent = segment;
                }
                start = i + 1;
            }
        }
        return found;
    }

    /** A bare {@code name}/{@code first}/{@code last} under a field that names a person is that person's name. */
    private SensitiveKind personField(String parent, String name) {
        try {
            SensitiveKind kind = FieldNames.classifyPath(parent, name, policy.fieldRules(), policy.keptFields());
            return kind != null && policy.isEnabled(kind) ? kind : null;
        } catch (RuntimeException e) {
            diagnostics.recordFailure(FIELD_RULES, e);
            return SensitiveKind.OTHER;
        }
    }

    /**
     * Masks one value: wholly by kind if the field path says it is sensitive, otherwise whatever the value
     * scan finds in it.
     *
     * @param fieldPathOrNull a property name or dotted path, or {@code null} for a value without a name
     * @return {@code value} itself when nothing is sensitive, else the masked text
     */
    public String maskValue(String fieldPathOrNull, String value) {
        SensitiveKind kind = pathKind(fieldPathOrNull);
        return kind == null ? maskText(value) : maskAs(kind, value);
    }

    /** Masks a whole value known to be of this kind (a field rule or {@link Sensitive} said so). */
    public String maskAs(SensitiveKind kind, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (!policy.isEnabled(kind)) {
            return maskText(value);
        }
        String fixed = renderer.fixedRendering(kind);
        if (fixed != null) {
            return fixed;
        }
        try {
            return renderer.render(kind, value);
        } catch (RuntimeException e) {
            diagnostics.recordFailure("rendering of " + kind.label(), e);
            return ERROR_MARKER;
        }
    }

    /**
     * Like {@link #maskAs(SensitiveKind, String)}, but appends to a buffer the caller reuses, so a JSON writer
     * can mask a value without creating a String.
     */
    public void appendMasked(SensitiveKind kind, String value, StringBuilder out) {
        if (value == null || value.isEmpty() || !policy.isEnabled(kind)) {
            out.append(value == null ? null : maskText(value));
            return;
        }
        int mark = out.length();
        try {
            renderer.render(kind, value, 0, value.length(), out);
        } catch (RuntimeException e) {
            out.setLength(mark);
            diagnostics.recordFailure("rendering of " + kind.label(), e);
            out.append(ERROR_MARKER);
        }
    }

    /** Masks every sensitive value found in free text; the text itself when there is none. */
    public String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out;
        try {
            out = maskBuiltIns(text);
        } catch (RuntimeException e) {
            diagnostics.recordFailure(BUILT_IN_RULES, e);
            return ERROR_MARKER;
        }
        for (ValueRule rule : valueRules) {
            try {
                out = apply(rule, out);
            } catch (RuntimeException | StackOverflowError e) {
                // StackOverflowError is how a backtracking regex fails on a long value: recoverable here,
                // and the value must not be written raw
                diagnostics.recordFailure(rule.name(), e);
                return ERROR_MARKER;
            }
        }
        return out;
    }

    /**
     * Whether custom value rules are configured: their patterns are the user's, so no quick pass can tell that a
     * value is clean and every value gets {@link #maskText}.
     */
    public boolean hasValueRules() {
        return valueRules.length > 0;
    }

    /** Property names pass the built-in detectors only: custom value rules are written for values. */
    private String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        try {
            return maskBuiltIns(name);
        } catch (RuntimeException e) {
            diagnostics.recordFailure(BUILT_IN_RULES, e);
            return ERROR_MARKER;
        }
    }

    /** The marker for a kind, e.g. {@code [masked:address]}. */
    public String marker(SensitiveKind kind) {
        return renderer.marker(kind);
    }

    private String maskBuiltIns(String s) {
        List<Finding> found = scanner.findAll(s);
        if (found.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int last = 0;
        for (Finding f : found) {
            sb.append(s, last, f.start());
            renderer.render(f.kind(), s, f.start(), f.end(), sb);
            last = f.end();
        }
        return sb.append(s, last, s.length()).toString();
    }

    private String apply(ValueRule rule, String s) {
        List<Finding> found = rule.detector().detect(s);
        if (found == null || found.isEmpty()) {
            return s;
        }
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::start));
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int last = 0;
        for (Finding f : sorted) {
            if (f.end() > s.length()) {
                throw new IllegalStateException("finding beyond the end of the text");
            }
            if (f.start() < last) {
                continue; // overlaps one already masked
            }
            sb.append(s, last, f.start());
            renderer.render(f.kind(), s, f.start(), f.end(), sb);
            last = f.end();
        }
        return sb.append(s, last, s.length()).toString();
    }

    /** All findings, built-in and custom, on the original text; used by {@link SensitiveDataScanner}. */
    List<Finding> findings(String s) {
        List<Finding> all = new ArrayList<>(scanner.findAll(s));
        for (ValueRule rule : valueRules) {
            List<Finding> found = rule.detector().detect(s);
            if (found != null) {
                all.addAll(found);
            }
        }
        all.sort(Comparator.comparingInt(Finding::start));
        return all;
    }
}
