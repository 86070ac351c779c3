package com.jewelry.logging.core.event;

import com.jewelry.logging.core.EventCategory;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;
import com.jewelry.logging.core.TimedEvent;

import java.time.Duration;
import java.time.Instant;

/**
 * One HTTP request a service answered (category {@code access}, kept a year).
 *
 * @param time          when the request arrived
 * @param method        the HTTP method
 * @param route         the path template, e.g. {@code /orders/{number}}; null when no route matched
 * @param path          the requested path, masked like any other value
 * @param status        the response status code
 * @param duration      how long the request took
 * @param clientId      the authenticated API client (partner id), when there is one
 * @param clientAddress the client's address
 * @param userAgent     the client's user agent
 */
public record HttpAccess(Instant time, String method, String route, String path, int status, Duration duration,
                         String clientId, String clientAddress, String userAgent) implements TimedEvent {

    public static final EventType<HttpAccess> TYPE = EventType
            .builder(HttpAccess.class, "http.access", 1)
            .category(EventCategory.ACCESS)
            .title("HTTP request served")
            .description("One line per HTTP request a service answered; kept a year as the access log.")
            .message(e -> e.method() + " " + (e.route() != null ? e.route() : e.path()) + " " + e.status())
            .field(EventField.required("http.request.method", FieldKind.KEYWORD, "The HTTP method.", HttpAccess::method))
            .field(EventField.optional("http.route", FieldKind.KEYWORD, "The path template that matched.", HttpAccess::route))
            .field(EventField.required("url.path", FieldKind.KEYWORD, "The requested path.", HttpAccess::path))
            .field(EventField.required("http.response.status_code", FieldKind.INTEGER, "The response status.", HttpAccess::status))
            .field(EventField.optional("client.id", FieldKind.KEYWORD, "The authenticated API client (partner id).", HttpAccess::clientId))
            .field(EventField.optional("client.address", FieldKind.KEYWORD, "The client's address.", HttpAccess::clientAddress))
            .field(EventField.optional("user_agent.original", FieldKind.KEYWORD, "The client's user agent.", HttpAccess::userAgent))
            .build();

    @Override
    public EventType<HttpAccess> type() {
        return TYPE;
    }
}
