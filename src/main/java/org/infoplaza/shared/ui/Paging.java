package org.infoplaza.shared.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Turns a lazy grid's request into a Spring Data page: the grid's sort columns (property names given with
 * {@code setSortProperty} or the column key), else {@code fallback}, always ending with the id so rows
 * with equal values keep a stable order from page to page.
 */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Query<?, ?> query, Sort fallback) {
        Sort sort = query.getSortOrders().isEmpty() ? fallback : Sort.by(query.getSortOrders().stream()
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted()))
                .toList());
        if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by("id"));
        }
        return PageRequest.of(query.getPage(), query.getPageSize(), sort);
    }
}
