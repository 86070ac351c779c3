package com.jewelry.logging.test;

import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.test.internal.CaptureRouter;
import com.jewelry.logging.test.internal.CaptureScope;
import com.jewelry.logging.test.internal.CaptureSettings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.event.Level;

import java.lang.reflect.AnnotatedElement;
import java.util.Objects;
import java.util.Optional;

/**
 * The JUnit 5 extension behind {@link CaptureLogs}. Each test gets its own {@link CapturedLogs}: the lines written
 * while it runs by its thread and the threads it starts, also when tests run in parallel. Register it with the
 * annotation, or with settings in code:
 * <pre>{@code
 * @RegisterExtension
 * static final LogCaptureExtension LOGS = LogCaptureExtension.builder()
 *         .system(SystemName.CRM).serviceName("crm-orders").strict().build();
 * }</pre>
 * The kit attaches itself to the logging back end when the first test starts and removes itself when the last one
 * ends.
 */
public final class LogCaptureExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LogCaptureExtension.class);
    private static final String LOGS_KEY = "logs";

    private final CaptureSettings settings;

    /** The extension configured by {@link CaptureLogs} on the test method or class (defaults without it). */
    public LogCaptureExtension() {
        this(null);
    }

    private LogCaptureExtension(CaptureSettings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The capture of the test the calling thread belongs to, for a registered extension (or code that has no test
     * parameter at hand).
     *
     * @throws IllegalStateException when the calling thread belongs to no running test
     */
    public CapturedLogs logs() {
        return current();
    }

    /**
     * The capture of the test the calling thread belongs to.
     *
     * @throws IllegalStateException when the calling thread belongs to no running test
     */
    public static CapturedLogs current() {
        CaptureScope scope = CaptureScope.current();
        if (scope == null) {
            throw new IllegalStateException("this thread belongs to no test that captures logs: it is not the test's "
                    + "thread nor started by it (wrap pool tasks with CapturedLogs.wrap)");
        }
        return new CapturedLogs(scope.store(), scope);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.get(LOGS_KEY) != null) {
            return; // registered twice (annotation and field): the first registration captures
        }
        CaptureSettings effective = settings != null ? settings : fromAnnotations(context);
        CaptureScope scope = CaptureRouter.open(context.getUniqueId(), effective);
        CapturedLogs logs = new CapturedLogs(scope.store(), scope);
        store.put(LOGS_KEY, new Registration(scope, logs, this));
        scope.enter();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Registration registration = store.get(LOGS_KEY, Registration.class);
        if (registration == null || registration.owner() != this) {
            return;
        }
        store.remove(LOGS_KEY);
        CaptureScope scope = registration.scope();
        CaptureRouter.close(scope);
        CaptureSettings effective = scope.settings();
        if (effective.strict()) {
            JewelryLogAssertions.assertThat(registration.logs()).allLinesMatchSchemas();
        }
        if (effective.failOnPersonalData()) {
            JewelryLogAssertions.assertThat(registration.logs()).containsNoPersonalData();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == CapturedLogs.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Registration registration = extensionContext.getStore(NAMESPACE).get(LOGS_KEY, Registration.class);
        if (registration == null) {
            throw new ParameterResolutionException("CapturedLogs exist per test: ask for them in a @Test or @BeforeEach "
                    + "method, not in @BeforeAll or a constructor");
        }
        return registration.logs();
    }

    private static CaptureSettings fromAnnotations(ExtensionContext context) {
        Optional<CaptureLogs> annotation = context.getTestMethod().flatMap(method -> find(method))
                .or(() -> context.getTestClass().flatMap(LogCaptureExtension::findOnClassOrEnclosing));
        return annotation.map(LogCaptureExtension::settingsOf).orElse(CaptureSettings.DEFAULTS);
    }

    private static Optional<CaptureLogs> findOnClassOrEnclosing(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<CaptureLogs> found = find(type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<CaptureLogs> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, CaptureLogs.class);
    }

    private static CaptureSettings settingsOf(CaptureLogs annotation) {
        if (annotation.system().length > 1) {
            throw new IllegalArgumentException("@CaptureLogs names one system, not " + annotation.system().length);
        }
        SystemName system = annotation.system().length == 0 ? null : annotation.system()[0];
        return new CaptureSettings(system, annotation.serviceName(), annotation.environment(), annotation.level(),
                annotation.strict(), annotation.failOnPersonalData());
    }

    private record Registration(CaptureScope scope, CapturedLogs logs, LogCaptureExtension owner) {
    }

    /** Settings for {@link LogCaptureExtension} in code; the same meaning as the attributes of {@link CaptureLogs}. */
    public static final class Builder {
        private SystemName system;
        private String serviceName;
        private String environment;
        private Level level = Level.INFO;
        private boolean strict;
        private boolean failOnPersonalData;

        private Builder() {
        }

        /** The system the lines are written for; by default the service's encoder's. */
        public Builder system(SystemName system) {
            this.system = Objects.requireNonNull(system, "system");
            return this;
        }

        /** The service's name in the lines; by default the service's encoder's. */
        public Builder serviceName(String serviceName) {
            this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
            return this;
        }

        /** The environment in the lines; by default the service's encoder's, else {@code test}. */
        public Builder environment(String environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** Lines at this level and above are captured whatever the configured logger levels (default INFO). */
        public Builder level(Level level) {
            this.level = Objects.requireNonNull(level, "level");
            return this;
        }

        /** Fails each test at its end when one of its lines breaks the published schemas. */
        public Builder strict() {
            this.strict = true;
            return this;
        }

        /** Fails each test at its end when personal data is found in one of its lines. */
        public Builder failOnPersonalData() {
            this.failOnPersonalData = true;
            return this;
        }

        public LogCaptureExtension build() {
            return new LogCaptureExtension(new CaptureSettings(system, serviceName, environment, level, strict, failOnPersonalData));
        }
    }
}
