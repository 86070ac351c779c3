package com.jewelry.logging.spring.aop;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.spring.annotation.LogDebug;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the arguments and result of a {@link LogDebug} method as one DEBUG line of the class's logger. When DEBUG is
 * off the only cost is the level check. Arguments marked {@link Sensitive} are masked by their kind before they
 * reach the line; everything else is masked by the encoder like any value.
 */
@Aspect
public final class DebugLoggingAspect {

    private final Clock clock;
    private final Masker masker;
    private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();
    private final Map<Class<?>, EventLogger> loggers = new ConcurrentHashMap<>();

    public DebugLoggingAspect(Clock clock, Masker masker) {
        this.clock = clock;
        this.masker = masker;
    }

    @Around("@annotation(com.jewelry.logging.spring.annotation.LogDebug) "
            + "|| (@within(com.jewelry.logging.spring.annotation.LogDebug) && execution(public * *(..)))")
    public Object logDebug(ProceedingJoinPoint joinPoint) throws Throwable {
        Object target = joinPoint.getTarget();
        Method method = ((MethodSignature) joinPoint.getSignature()).getMethod();
        Class<?> targetClass = target != null ? AopUtils.getTargetClass(target) : method.getDeclaringClass();
        EventLogger logger = loggers.computeIfAbsent(targetClass,
                type -> EventLogger.create(LoggerFactory.getILoggerFactory(), type.getName(), clock));
        if (!logger.isDebugEnabled()) {
            return joinPoint.proceed();
        }
        Map<String, Object> details = arguments(method, joinPoint.getArgs());
        String call = targetClass.getSimpleName() + "." + method.getName();
        Object result;
        try {
            result = joinPoint.proceed();
        } catch (Throwable failure) {
            details.put("error", failure.getClass().getName());
            logger.debug(call + " threw " + failure.getClass().getSimpleName(), details);
            throw failure;
        }
        LogDebug annotation = AnnotatedElementUtils.findMergedAnnotation(method, LogDebug.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(targetClass, LogDebug.class);
        }
        if ((annotation == null || annotation.result()) && method.getReturnType() != void.class) {
            details.put("result", result);
        }
        logger.debug(call + " returned", details);
        return result;
    }

    private Map<String, Object> arguments(Method method, Object[] args) {
        String[] names = parameterNames.getParameterNames(method);
        Annotation[][] annotations = method.getParameterAnnotations();
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = names != null && i < names.length ? names[i] : "p" + i;
            Object value = args[i];
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof Sensitive sensitive && value != null) {
                    value = masker.maskAs(sensitive.kind(), String.valueOf(value));
                }
            }
            details.put(name, value);
        }
        return details;
    }
}
