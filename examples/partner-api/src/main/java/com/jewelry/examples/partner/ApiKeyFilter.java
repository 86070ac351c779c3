package com.jewelry.examples.partner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates partners by the {@code X-Api-Key} header: the key's SHA-256 is looked up among the configured ones and
 * the partner's id is put in the request attribute {@value #PARTNER_ID}, where the controller and the access log
 * (property {@code jewelry.logging.access.client-id-attribute}) read it. The key itself is never stored or logged.
 */
@Component
public class ApiKeyFilter extends OncePerRequestFilter implements Ordered {

    /** The request attribute holding the authenticated partner's id. */
    public static final String PARTNER_ID = "partner.id";
    static final String HEADER = "X-Api-Key";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final Map<String, String> partnerByKeyHash;

    public ApiKeyFilter(PartnerApiProperties properties) {
        this.partnerByKeyHash = properties.keys().entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.getValue().toLowerCase(), Map.Entry::getKey));
    }

    /** Runs inside the starter's correlation and access-log filters, so the access line sees the partner's id. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/partner/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> partner = partnerFor(request.getHeader(HEADER));
        if (partner.isEmpty()) {
            log.warn("Refused a call to {} without a valid API key", request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write("{\"status\":401,\"detail\":\"a valid X-Api-Key is required\"}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        request.setAttribute(PARTNER_ID, partner.get());
        chain.doFilter(request, response);
    }

    private Optional<String> partnerFor(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(partnerByKeyHash.get(sha256(key)));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
