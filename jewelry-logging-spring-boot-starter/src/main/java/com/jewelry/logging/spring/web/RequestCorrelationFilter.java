package com.jewelry.logging.spring.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it looks like an id, a new UUID otherwise. The id
 * is in the MDC as {@code requestId} (so on every line written while handling the request) and echoed in the
 * response header. Ordered right after Spring Boot's observation filter, so trace and span ids are in the MDC too.
 */
public final class RequestCorrelationFilter extends OncePerRequestFilter implements Ordered {

    /** The MDC key of the request id. */
    public static final String MDC_KEY = "requestId";
    /** Right after Spring Boot's {@code ServerHttpObservationFilter} (highest precedence + 1). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    /** Ids a caller may send: short, and nothing that could forge a log line or a header. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final String header;

    public RequestCorrelationFilter(String header) {
        this.header = header;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(header);
        String requestId = incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, requestId);
        response.setHeader(header, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous != null) {
                MDC.put(MDC_KEY, previous);
            } else {
                MDC.remove(MDC_KEY);
            }
        }
    }
}
