package org.mockpayments.client;

/**
 * How connections are grouped into clients for {@link MockPayments#clientHistories}: by a query
 * parameter, a header or the path, for instance the order id a client sends on every
 * (re)connection.
 */
public final class ClientIdentity {
  private final String query;

  private ClientIdentity(String query) {
    this.query = query;
  }

  /** Clients told apart by the query parameter {@code name}, such as {@code order}. */
  public static ClientIdentity query(String name) {
    return new ClientIdentity("query:" + name);
  }

  /** Clients told apart by the header {@code name}, compared ignoring case. */
  public static ClientIdentity header(String name) {
    return new ClientIdentity("header:" + name);
  }

  /** Clients told apart by the request path. */
  public static ClientIdentity path() {
    return new ClientIdentity("path");
  }

  /** {@code query:order}, {@code header:X-Client} or {@code path}. */
  @Override
  public String toString() {
    return query;
  }
}
