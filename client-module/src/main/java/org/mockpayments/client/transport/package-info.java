/**
 * How a {@link org.mockpayments.client.MockPaymentsClient} reaches the control API: HTTP for a
 * container or a server started by hand, or, for the server embedded in the test's JVM, a call in
 * memory. Tests never need this package; it is public so that the embedded server, which lives in
 * another artifact, can hand its client the in-memory way.
 */
package org.mockpayments.client.transport;
