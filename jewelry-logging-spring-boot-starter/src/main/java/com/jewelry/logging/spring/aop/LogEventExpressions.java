package com.jewelry.logging.spring.aop;

import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodClassKey;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.VariableReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and checks the expressions of every {@link LogEvent} method of every bean once, when the bean is created,
 * and keeps them for the aspect. A mistake stops the start with a message naming the method and the expression:
 * a syntax error, an argument name the method does not have, a property its declared type does not have,
 * {@code #result} on a void method, an attribute the event does not read, or a required attribute left empty.
 */
public final class LogEventExpressions implements BeanPostProcessor {

    private static final Pattern INDEXED_ARGUMENT = Pattern.compile("[pa](\\d+)");

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();
    private final Map<MethodClassKey, CompiledEvent> compiled = new ConcurrentHashMap<>();

    /** A method's event: its blueprint and one parsed expression per attribute it sets. */
    record CompiledEvent(Method method, EventBlueprint blueprint, Map<EventBlueprint.Slot, Expression> expressions) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        Class<?> targetClass = AopUtils.getTargetClass(bean);
        if (targetClass.getName().startsWith("org.springframework.")) {
            return bean;
        }
        ReflectionUtils.doWithMethods(targetClass, method -> {
            LogEvent annotation = AnnotatedElementUtils.findMergedAnnotation(method, LogEvent.class);
            if (annotation != null) {
                compiled.computeIfAbsent(new MethodClassKey(method, targetClass), key -> compile(method, annotation));
            }
        });
        return bean;
    }

    /** The checked expressions of a method, parsed now if the bean was created before this checker existed. */
    CompiledEvent get(Method method, Class<?> targetClass, LogEvent annotation) {
        return compiled.computeIfAbsent(new MethodClassKey(method, targetClass), key -> compile(method, annotation));
    }

    /** How many annotated methods were checked (for the operators' endpoint). */
    public int size() {
        return compiled.size();
    }

    CompiledEvent compile(Method method, LogEvent annotation) {
        EventBlueprint blueprint = EventBlueprint.of(annotation.value());
        Map<String, EventBlueprint.Slot> slots = new LinkedHashMap<>();
        for (EventBlueprint.Slot slot : blueprint.slots()) {
            slots.put(slot.attribute(), slot);
        }
        String where = "@LogEvent(" + annotation.value() + ") on " + describe(method);
        Map<EventBlueprint.Slot, Expression> expressions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, java.util.function.Function<LogEvent, String>> attribute : EventBlueprint.ATTRIBUTES.entrySet()) {
            String name = attribute.getKey();
            String text = attribute.getValue().apply(annotation).trim();
            EventBlueprint.Slot slot = slots.get(name);
            if (text.isEmpty()) {
                if (slot != null && slot.required()) {
                    problems.add("'" + name + "' is required by " + annotation.value() + " but empty");
                }
                continue;
            }
            if (slot == null) {
                problems.add("'" + name + "' (\"" + text + "\") is not a field of " + annotation.value()
                        + "; it reads " + slots.keySet());
                continue;
            }
            try {
                Expression expression = parser.parseExpression(text);
                check(method, name, text, expression, problems);
                expressions.put(slot, expression);
            } catch (ParseException e) {
                problems.add("'" + name + "' = \"" + text + "\" does not parse: " + e.getSimpleMessage()
                        + " at position " + e.getPosition());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid " + where + ": " + String.join("; ", problems));
        }
        return new CompiledEvent(method, blueprint, Map.copyOf(expressions));
    }

    private void check(Method method, String attribute, String text, Expression expression, List<String> problems) {
        if (!(expression instanceof SpelExpression spel)) {
            return;
        }
        String[] names = parameterNames.getParameterNames(method);
        walk(spel.getAST(), method, names, attribute, text, problems);
    }

    private void walk(SpelNode node, Method method, String[] names, String attribute, String text, List<String> problems) {
        if (node instanceof VariableReference variable) {
            checkVariable(variable, method, names, attribute, text, problems);
        }
        if (node instanceof CompoundExpression && node.getChildCount() > 1 && node.getChild(0) instanceof VariableReference variable) {
            Class<?> type = variableType(variable, method, names);
            for (int i = 1; i < node.getChildCount() && type != null; i++) {
                if (!(node.getChild(i) instanceof PropertyOrFieldReference property)) {
                    break;
                }
                Class<?> next = propertyType(type, property.getName());
                if (next == null && checkable(type)) {
                    problems.add("'" + attribute + "' = \"" + text + "\": " + type.getSimpleName() + " has no property '"
                            + property.getName() + "'");
                }
                type = next;
            }
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), method, names, attribute, text, problems);
        }
    }

    private static void checkVariable(VariableReference variable, Method method, String[] names, String attribute,
                                      String text, List<String> problems) {
        String name = variableName(variable);
        if (name.equals("root") || name.equals("this")) {
            return;
        }
        if (name.equals("result")) {
            if (method.getReturnType() == void.class) {
                problems.add("'" + attribute + "' = \"" + text + "\" uses #result but the method returns nothing");
            }
            return;
        }
        if (variableType(variable, method, names) == null) {
            problems.add("'" + attribute + "' = \"" + text + "\" uses #" + name + " but the method's arguments are "
                    + (names == null ? "unnamed (compile with -parameters or use #p0)" : List.of(names)));
        }
    }

    private static String variableName(VariableReference variable) {
        return variable.toStringAST().substring(1);
    }

    /** The declared type a variable stands for; null when the method has no such argument. */
    private static Class<?> variableType(VariableReference variable, Method method, String[] names) {
        String name = variableName(variable);
        if (name.equals("result")) {
            return method.getReturnType() == void.class ? null : method.getReturnType();
        }
        if (name.equals("root") || name.equals("this")) {
            return null;
        }
        Matcher indexed = INDEXED_ARGUMENT.matcher(name);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(1));
            return index < method.getParameterCount() ? method.getParameterTypes()[index] : null;
        }
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return method.getParameterTypes()[i];
                }
            }
        }
        return null;
    }

    /** Types whose properties can be known from the declaration: not maps, not Object, not collections. */
    private static boolean checkable(Class<?> type) {
        return type != Object.class && !Map.class.isAssignableFrom(type) && !Collection.class.isAssignableFrom(type)
                && !type.isArray() && !type.isPrimitive();
    }

    /** The type of a property as SpEL reads it (getter, record accessor, public field); null when there is none. */
    private static Class<?> propertyType(Class<?> type, String name) {
        if (!checkable(type)) {
            return null;
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"get" + capitalised, "is" + capitalised, name}) {
            Method accessor = ReflectionUtils.findMethod(type, candidate);
            if (accessor != null && accessor.getReturnType() != void.class && Modifier.isPublic(accessor.getModifiers())) {
                return accessor.getReturnType();
            }
        }
        Field field = ReflectionUtils.findField(type, name);
        return field != null && Modifier.isPublic(field.getModifiers()) ? field.getType() : null;
    }

    static String describe(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName() + "(..)";
    }
}
