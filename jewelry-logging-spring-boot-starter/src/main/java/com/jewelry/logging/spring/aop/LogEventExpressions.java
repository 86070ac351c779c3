package com.jewelry.logging.spring.aop;

import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodClassKey;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.StringLiteral;
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
 * {@code #result} on a void method, a name the event's record has no component for, a component that feeds a
 * required field left unbound, or a value whose declared type cannot become the component's type (the expected
 * type is named).
 */
public final class LogEventExpressions implements BeanPostProcessor {

    private static final Pattern INDEXED_ARGUMENT = Pattern.compile("[pa](\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])");

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();
    private final ConversionService conversions;
    private final Map<MethodClassKey, CompiledEvent> compiled = new ConcurrentHashMap<>();

    /** Checks and converts with Spring's default conversions. */
    public LogEventExpressions() {
        this(DefaultConversionService.getSharedInstance());
    }

    /** Checks and converts with the given conversions (e.g. the application's, with its own converters). */
    public LogEventExpressions(ConversionService conversions) {
        this.conversions = conversions;
    }

    /** One bound component: its expression, and whether it reads {@code #result} (left out when the call fails). */
    record Binding(EventRecipe.Component component, Expression expression, boolean usesResult) {
    }

    /** A method's event: how to build it and one parsed expression per component it binds. */
    record CompiledEvent(Method method, EventRecipe recipe, List<Binding> bindings, boolean measuresCall) {
    }

    ConversionService conversions() {
        return conversions;
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
        String where = "@LogEvent(type = " + annotation.type().getSimpleName() + ".class) on " + describe(method);
        EventRecipe recipe;
        try {
            recipe = EventRecipe.of(annotation.type());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid " + where + ": " + e.getMessage(), e);
        }
        String event = recipe.type().name() + " (" + annotation.type().getSimpleName() + ")";
        List<Binding> bindings = new ArrayList<>();
        Map<String, Bind> bound = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Bind bind : annotation.fields()) {
            String name = bind.name().trim();
            String text = bind.value().trim();
            EventRecipe.Component component = recipe.component(name);
            if (component == null || component.isTime()) {
                problems.add("'" + name + "' (\"" + text + "\") is not a field of " + event + "; its fields are "
                        + recipe.bindableNames());
                continue;
            }
            if (bound.put(name, bind) != null) {
                problems.add("'" + name + "' is bound twice");
                continue;
            }
            if (text.isEmpty()) {
                problems.add("'" + name + "' has an empty expression");
                continue;
            }
            try {
                Expression expression = parser.parseExpression(text);
                int before = problems.size();
                check(method, name, text, expression, problems);
                if (problems.size() == before) {
                    checkType(method, component, name, text, expression, problems);
                }
                bindings.add(new Binding(component, expression, usesResult(expression)));
            } catch (ParseException e) {
                problems.add("'" + name + "' = \"" + text + "\" does not parse: " + e.getSimpleMessage()
                        + " at position " + e.getPosition());
            }
        }
        for (String required : recipe.requiredNames()) {
            if (!bound.containsKey(required) && !recipe.component(required).isDuration()) {
                problems.add("'" + required + "' is required by " + event + " but not bound");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid " + where + ": " + String.join("; ", problems));
        }
        return new CompiledEvent(method, recipe, List.copyOf(bindings), recipe.measuresCall(bound));
    }

    /** Fails when the expression's declared type is known and cannot become the component's type. */
    private void checkType(Method method, EventRecipe.Component component, String name, String text,
                           Expression expression, List<String> problems) {
        if (!(expression instanceof SpelExpression spel)) {
            return;
        }
        TypeDescriptor source = staticType(spel.getAST(), method, parameterNames.getParameterNames(method));
        TypeDescriptor target = component.type();
        if (source == null || target.getType() == String.class) {
            return;
        }
        if (!conversions.canConvert(source, target) || !elementsConvert(source, target)) {
            problems.add("'" + name + "' = \"" + text + "\" gives " + readable(source) + " but the event expects "
                    + readable(target) + " and there is no conversion");
        }
    }

    /** Collections: the declared element types must convert too (canConvert is lenient when one side is unknown). */
    private boolean elementsConvert(TypeDescriptor source, TypeDescriptor target) {
        TypeDescriptor from = source.getElementTypeDescriptor();
        TypeDescriptor to = target.getElementTypeDescriptor();
        if (from == null || to == null || from.getType() == Object.class || to.getType() == String.class) {
            return true;
        }
        return conversions.canConvert(from, to);
    }

    private static String readable(TypeDescriptor type) {
        return PACKAGE.matcher(type.getResolvableType().toString()).replaceAll("");
    }

    private static boolean usesResult(Expression expression) {
        return expression instanceof SpelExpression spel && usesResult(spel.getAST());
    }

    private static boolean usesResult(SpelNode node) {
        if (node instanceof VariableReference variable && variableName(variable).equals("result")) {
            return true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (usesResult(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The declared type of an expression, with generics, when it can be known from the method's declaration: a
     * variable, a chain of properties on one, or a text literal. Null otherwise (checked when the call runs).
     */
    private static TypeDescriptor staticType(SpelNode node, Method method, String[] names) {
        if (node instanceof StringLiteral) {
            return TypeDescriptor.valueOf(String.class);
        }
        if (node instanceof VariableReference variable) {
            ResolvableType type = variableResolvableType(variable, method, names);
            return type == null ? null : new TypeDescriptor(type, null, null);
        }
        if (node instanceof CompoundExpression && node.getChildCount() > 1 && node.getChild(0) instanceof VariableReference variable) {
            ResolvableType type = variableResolvableType(variable, method, names);
            for (int i = 1; i < node.getChildCount() && type != null; i++) {
                if (!(node.getChild(i) instanceof PropertyOrFieldReference property)) {
                    return null;
                }
                type = propertyResolvableType(type, property.getName());
            }
            return type == null ? null : new TypeDescriptor(type, null, null);
        }
        return null;
    }

    private static ResolvableType variableResolvableType(VariableReference variable, Method method, String[] names) {
        String name = variableName(variable);
        if (name.equals("result")) {
            return method.getReturnType() == void.class ? null : ResolvableType.forMethodReturnType(method);
        }
        Integer index = argumentIndex(name, method, names);
        return index == null ? null : ResolvableType.forMethodParameter(method, index);
    }

    private static ResolvableType propertyResolvableType(ResolvableType owner, String name) {
        Class<?> type = owner.resolve();
        if (type == null || !checkable(type)) {
            return null;
        }
        Method accessor = accessor(type, name);
        if (accessor != null) {
            return ResolvableType.forMethodReturnType(accessor, type);
        }
        Field field = ReflectionUtils.findField(type, name);
        return field != null && Modifier.isPublic(field.getModifiers()) ? ResolvableType.forField(field, type) : null;
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
        Integer index = argumentIndex(name, method, names);
        return index == null ? null : method.getParameterTypes()[index];
    }

    /** The position of a named ({@code #order}) or indexed ({@code #p0}, {@code #a0}) argument; null when none. */
    private static Integer argumentIndex(String name, Method method, String[] names) {
        if (name.equals("root") || name.equals("this")) {
            return null;
        }
        Matcher indexed = INDEXED_ARGUMENT.matcher(name);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(1));
            return index < method.getParameterCount() ? index : null;
        }
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
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
        Method accessor = accessor(type, name);
        if (accessor != null) {
            return accessor.getReturnType();
        }
        Field field = ReflectionUtils.findField(type, name);
        return field != null && Modifier.isPublic(field.getModifiers()) ? field.getType() : null;
    }

    private static Method accessor(Class<?> type, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"get" + capitalised, "is" + capitalised, name}) {
            Method accessor = ReflectionUtils.findMethod(type, candidate);
            if (accessor != null && accessor.getReturnType() != void.class && Modifier.isPublic(accessor.getModifiers())) {
                return accessor;
            }
        }
        return null;
    }

    static String describe(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName() + "(..)";
    }
}
