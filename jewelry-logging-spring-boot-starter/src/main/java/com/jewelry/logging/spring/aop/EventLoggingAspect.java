package com.jewelry.logging.spring.aop;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.expression.Expression;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs the typed event of a {@link LogEvent} method: after it returns (outcome success), or when it throws
 * (outcome failure, with the exception's type and masked message) and then rethrows the very same exception.
 * Logging never changes what the method does: an expression that meets a null leaves its field out (flagged in
 * {@code event.invalid}) and a failure inside logging is reported once on the diagnostics logger.
 */
@Aspect
public final class EventLoggingAspect {

    private static final Logger DIAGNOSTICS = LoggerFactory.getLogger(LogFields.DIAGNOSTICS_LOGGER);

    private final LogEventExpressions expressions;
    private final Clock clock;
    private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();
    private final Map<Class<?>, EventLogger> loggers = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public EventLoggingAspect(LogEventExpressions expressions, Clock clock) {
        this.expressions = expressions;
        this.clock = clock;
    }

    @Around("@annotation(logEvent)")
    public Object logEvent(ProceedingJoinPoint joinPoint, LogEvent logEvent) throws Throwable {
        Method method = ((MethodSignature) joinPoint.getSignature()).getMethod();
        Object target = joinPoint.getTarget();
        Class<?> targetClass = target != null ? AopUtils.getTargetClass(target) : method.getDeclaringClass();
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Object result;
        try {
            result = joinPoint.proceed();
        } catch (Throwable failure) {
            emit(method, targetClass, logEvent, joinPoint.getArgs(), null, started, startNanos, failure);
            throw failure;
        }
        emit(method, targetClass, logEvent, joinPoint.getArgs(), result, started, startNanos, null);
        return result;
    }

    private void emit(Method method, Class<?> targetClass, LogEvent annotation, Object[] args, Object result,
                      Instant started, long startNanos, Throwable failure) {
        try {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            LogEventExpressions.CompiledEvent compiled = expressions.get(method, targetClass, annotation);
            MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(null, method, args, parameterNames);
            context.setVariable("result", result);
            Map<String, Object> values = new HashMap<>();
            for (LogEventExpressions.Binding binding : compiled.bindings()) {
                if (failure != null && binding.usesResult()) {
                    continue; // a failed call has no result: the field is absent, not an error of its own
                }
                values.put(binding.component().name(), evaluate(compiled, binding, context));
            }
            // a measured step happened when the call started; every other fact is true once it returned
            Instant time = compiled.measuresCall() ? started : clock.instant();
            BusinessEvent event = compiled.recipe().build(values, time, elapsed);
            EventLogger logger = loggers.computeIfAbsent(targetClass, type -> EventLogger.create(
                    LoggerFactory.getILoggerFactory(), type.getName(), clock));
            if (failure == null) {
                logger.log(event);
            } else {
                logger.logFailure(event, failure);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
                    ? ite.getCause() : e;
            reportOnce(LogEventExpressions.describe(method) + " " + cause.getClass().getName(),
                    "The @LogEvent of " + LogEventExpressions.describe(method) + " could not be logged ("
                            + cause.getClass().getName() + ": " + cause.getMessage() + "); the call itself went on.");
        }
    }

    private Object evaluate(LogEventExpressions.CompiledEvent compiled, LogEventExpressions.Binding binding,
                            MethodBasedEvaluationContext context) {
        try {
            return EventRecipe.convert(expressions.conversions(), binding.component(), binding.expression().getValue(context));
        } catch (RuntimeException e) {
            // a null on the path or a value of the wrong type: the field stays out and the line is flagged
            String name = binding.component().name();
            reportOnce(LogEventExpressions.describe(compiled.method()) + " " + name,
                    "@LogEvent of " + LogEventExpressions.describe(compiled.method()) + ": '" + name + "' = \""
                            + binding.expression().getExpressionString() + "\" gave no value ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); the event is written without it. Further occurrences are not reported.");
            return null;
        }
    }

    private void reportOnce(String key, String text) {
        if (reported.add(key)) {
            DIAGNOSTICS.warn("{}", text);
        }
    }
}
