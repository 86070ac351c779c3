package com.jewelry.logging.spring.web;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.HttpAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.event.Level;
import org.springframework.core.Ordered;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes one {@code http.access} line per request: method, route template, path (never the query string, where
 * tokens and personal data travel), status, duration, the partner's client id and the client's address. Headers
 * such as {@code Authorization} and cookies are never read. A 4xx answer is a failure at the client-error level
 * (WARN by default), a 5xx answer or a request that threw a failure at the server-error level (ERROR), so the
 * error counts and alerts see them; every other answer is a success at INFO.
 */
public final class AccessLogFilter extends OncePerRequestFilter implements Ordered {

    /** Inside the correlation filter, so the line carries the request id. */
    public static final int ORDER = RequestCorrelationFilter.ORDER + 1;

    private final EventLogger events;
    private final List<String> skipPaths;
    private final String clientIdAttribute;
    private final String clientIdHeader;
    private final Level clientErrorLevel;
    private final Level serverErrorLevel;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public AccessLogFilter(EventLogger events, List<String> skipPaths, String clientIdAttribute, String clientIdHeader,
                           Level clientErrorLevel, Level serverErrorLevel) {
        this.events = events;
        this.clientErrorLevel = clientErrorLevel;
        this.serverErrorLevel = serverErrorLevel;
        this.skipPaths = List.copyOf(skipPaths);
        this.clientIdAttribute = clientIdAttribute;
        this.clientIdHeader = clientIdHeader;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathWithinApplication(request);
        for (String pattern : skipPaths) {
            if (matcher.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant time = events.clock().instant();
        long start = System.nanoTime();
        int status = -1;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } catch (IOException | ServletException | RuntimeException | Error e) {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            throw e;
        } finally {
            write(request, status, time, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void write(HttpServletRequest request, int status, Instant time, Duration duration) {
        try {
            Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            HttpAccess access = new HttpAccess(time, request.getMethod(), route != null ? route.toString() : null,
                    request.getRequestURI(), status, duration, clientId(request), request.getRemoteAddr(),
                    request.getHeader("User-Agent"));
            if (status >= 500) {
                events.logFailure(access, serverErrorLevel, null);
            } else if (status >= 400) {
                events.logFailure(access, clientErrorLevel, null);
            } else {
                events.log(access);
            }
        } catch (RuntimeException e) {
            // the access line is never worth a failed request; EventLogger reports its own problems
        }
    }

    private String clientId(HttpServletRequest request) {
        if (clientIdAttribute != null && !clientIdAttribute.isBlank()) {
            Object attribute = request.getAttribute(clientIdAttribute);
            if (attribute != null) {
                return attribute.toString();
            }
        }
        if (clientIdHeader != null && !clientIdHeader.isBlank()) {
            return request.getHeader(clientIdHeader);
        }
        return null;
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        return contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
    }
}
