package org.mockpayments.client;

/**
 * Which side of an AsyncAPI document the mock plays. A document describes one application: the mock
 * is that application ({@link #SERVER}, the default), or its counterpart ({@link #CLIENT}), for
 * documents written from the client's side, where the client {@code send}s a request whose {@code
 * reply} the mock must give.
 */
public enum AsyncApiPerspective {
  /** The mock is the application the document describes. */
  SERVER,
  /** The mock is the counterpart of the application the document describes. */
  CLIENT;

  /** {@code server} or {@code client}, as the control API and the environment spell it. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
