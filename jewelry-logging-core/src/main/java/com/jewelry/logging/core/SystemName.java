package com.jewelry.logging.core;

/**
 * The business system a service belongs to. It decides the index family a line lands in
 * ({@code jewelry-<system>-<stream>}), so every service states it once in its configuration.
 */
public enum SystemName {
    /** Production and cost calculation. */
    MES,
    /** Customer relations: customers, orders, contacts. */
    CRM,
    /** The partner order API used by partner jewellers. */
    API,
    /** The online shop. */
    SHOP;

    /** The lower-case form used in index and file names, e.g. {@code mes}. */
    public String lowerCase() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
