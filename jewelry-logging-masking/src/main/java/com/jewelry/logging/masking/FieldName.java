package com.jewelry.logging.masking;

/**
 * What the policy makes of one JSON property name: the kind of personal data its values hold (if the name says
 * so) and the name as it may be written (a map key that is itself an e-mail address is masked like a value).
 * Instances are cached per name by {@link Masker#field(String)}.
 */
public final class FieldName {

    private final String name;
    private final SensitiveKind kind;
    private final String safeName;

    FieldName(String name, SensitiveKind kind, String safeName) {
        this.name = name;
        this.kind = kind;
        this.safeName = safeName;
    }

    public String name() {
        return name;
    }

    /** The kind the name implies, or {@code null} when the name says nothing (values are then scanned). */
    public SensitiveKind kind() {
        return kind;
    }

    public boolean isSensitive() {
        return kind != null;
    }

    /** The name to write: the same instance as {@link #name()} unless the name itself held a sensitive value. */
    public String safeName() {
        return safeName;
    }

    @Override
    public String toString() {
        return "FieldName[" + safeName + " -> " + (kind == null ? "plain" : kind.label()) + "]";
    }
}
