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
            for (Map.Entry<EventBlueprint.Slot, Expression> entry : compiled.expressions().entrySet()) {
                values.put(entry.getKey().attribute(), evaluate(compiled, entry.getKey(), entry.getValue(), context));
            }
            // a cost calculation is requested when the call starts; every other fact is true once it returned
            Instant time = annotation.value() == com.jewelry.logging.spring.annotation.EventKind.COST_CALCULATION_REQUESTED
                    ? started : clock.instant();
            BusinessEvent event = compiled.blueprint().build(time, elapsed, values);
            EventLogger logger = loggers.computeIfAbsent(targetClass, type -> EventLogger.create(
                    LoggerFactory.getILoggerFactory(), type.getName(), clock));
            if (failure == null) {
                logger.log(event);
            } else {
                logger.logFailure(event, failure);
            }
        } catch (RuntimeException e) {
            reportOnce(LogEventExpressions.describe(method) + " " + e.getClass().getName(),
                    "The @LogEvent of " + LogEventExpressions.describe(method) + " could not be logged ("
                            + e.getClass().getName() + "); the call itself went on.");
        }
    }

    private Object evaluate(LogEventExpressions.CompiledEvent compiled, EventBlueprint.Slot slot, Expression expression,
                            MethodBasedEvaluationContext context) {
        try {
            return EventBlueprint.convert(slot, expression.getValue(context));
        } catch (RuntimeException e) {
            // a null on the path or a value of the wrong type: the field stays out and the line is flagged
            reportOnce(LogEventExpressions.describe(compiled.method()) + " " + slot.attribute(),
                    "@LogEvent of " + LogEventExpressions.describe(compiled.method()) + ": '" + slot.attribute() + "' = \""
                            + expression.getExpressionString() + "\" gave no value (" + e.getClass().getSimpleName()
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
