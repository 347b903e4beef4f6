package org.mockpayments.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Test helpers for orders: create one, and wait (on change events, not sleeps) until it reaches a
 * state.
 */
final class Orders {
  static final Duration WAIT = Duration.ofSeconds(5);

  private Orders() {}

  static Order order(String id) {
    return Order.create(id, new BigDecimal("42.50"), "EUR");
  }

  static Order awaitState(OrderRepository orders, String id, OrderState state) {
    return await(orders, id, order -> order.state() == state, "to be " + state);
  }

  static Order await(OrderRepository orders, String id, Predicate<Order> condition, String what) {
    CompletableFuture<Order> reached = new CompletableFuture<>();
    Consumer<Order> listener =
        order -> {
          if (order.id().equals(id) && condition.test(order)) {
            reached.complete(order);
          }
        };
    orders.onChange(listener);
    try {
      orders.getOrder(id).filter(condition).ifPresent(reached::complete);
      return reached.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Expected order "
              + id
              + " "
              + what
              + " within "
              + WAIT.toMillis()
              + " ms, but it is "
              + orders.getOrder(id).orElse(null));
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      orders.removeListener(listener);
    }
  }
}
