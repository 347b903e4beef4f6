package org.mockpayments.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The Orders service's orders and invoices, in memory. Thread-safe; listeners hear of every change
 * after it is made.
 */
public final class OrderRepository {
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final List<Invoice> invoices = new CopyOnWriteArrayList<>();
  private final List<Consumer<Order>> listeners = new CopyOnWriteArrayList<>();

  /** Stores {@code order}, replacing any order with its id. */
  public void save(Order order) {
    orders.put(order.id(), order);
    listeners.forEach(listener -> listener.accept(order));
  }

  /** The order with this id, if known. */
  public Optional<Order> getOrder(String id) {
    return Optional.ofNullable(orders.get(id));
  }

  /** The invoices recorded so far, oldest first. */
  public List<Invoice> invoices() {
    return List.copyOf(invoices);
  }

  /** Calls {@code listener} with every order saved from now on. */
  public void onChange(Consumer<Order> listener) {
    listeners.add(listener);
  }

  /** Stops calling {@code listener}. */
  public void removeListener(Consumer<Order> listener) {
    listeners.remove(listener);
  }

  Order update(String id, UnaryOperator<Order> change) {
    Order updated = orders.computeIfPresent(id, (key, order) -> change.apply(order));
    if (updated == null) {
      throw new IllegalStateException("Unknown order " + id);
    }
    listeners.forEach(listener -> listener.accept(updated));
    return updated;
  }

  void recordInvoice(Invoice invoice) {
    invoices.add(invoice);
  }
}
