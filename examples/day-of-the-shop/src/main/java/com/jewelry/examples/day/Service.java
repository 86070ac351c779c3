package com.jewelry.examples.day;

/** The four example services: the jar each runs from and the system it logs as. */
public enum Service {
    SHOP("shop-service", "SHOP"),
    CRM("crm-service", "CRM"),
    MES("mes-service", "MES"),
    API("partner-api", "API");

    private final String jarName;
    private final String system;

    Service(String jarName, String system) {
        this.jarName = jarName;
        this.system = system;
    }

    /** The runnable jar's file name in the services directory, e.g. {@code example-mes-service.jar}. */
    public String jar() {
        return "example-" + jarName + ".jar";
    }

    /** The service's name, as {@code service.name} in its lines. */
    public String serviceName() {
        return jarName;
    }

    /** The {@code system} in its lines. */
    public String system() {
        return system;
    }

    /** The file its JSON lines go to. */
    public String logFile() {
        return "jewelry-" + system.toLowerCase(java.util.Locale.ROOT) + ".json";
    }
}
