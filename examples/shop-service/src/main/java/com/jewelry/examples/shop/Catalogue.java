package com.jewelry.examples.shop;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The shop's articles and their prices today. */
@Component
public class Catalogue {

    private record Article(String name, Money price) {
    }

    private static final Map<String, Article> ARTICLES = Map.of(
            "RING-AU585-17", new Article("Gold ring 585, size 17", Money.rub("48900.00")),
            "EARR-AG925-02", new Article("Silver earrings", Money.rub("3450.50")),
            "PEND-AU750-05", new Article("Gold pendant 750 with sapphire", Money.rub("72300.00")),
            "CHAIN-AG925-45", new Article("Silver chain, 45 cm", Money.rub("5200.00")));

    /** The order line for {@code quantity} pieces of {@code sku}, at today's price. */
    public OrderItem line(String sku, int quantity) {
        Article article = ARTICLES.get(sku);
        if (article == null) {
            throw new UnknownArticleException(sku);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of " + sku + " must be at least 1");
        }
        return new OrderItem(sku, article.name(), quantity, article.price());
    }

    /** An article the shop does not sell (any more). */
    public static final class UnknownArticleException extends RuntimeException {
        UnknownArticleException(String sku) {
            super("unknown article " + sku);
        }
    }
}
