/**
 * The mock server's implementation. Not public API: everything here may change in any release; use
 * {@link org.mockpayments.server.MockPaymentsServer} and the HTTP control API instead.
 *
 * <p>This package assembles the server ({@code ServerAssembly}: Jetty, both ports, the routes) and
 * holds its state ({@code MockState}: journal, connections, stubs, rejections, the AsyncAPI
 * contract, and the reset). Its parts, each in a package of its own, from the bottom up; each may
 * use only those before it:
 *
 * <ol>
 *   <li>{@code json}: strict JSON reading and the {@code ApiException} that becomes a 4xx answer.
 *   <li>{@code schema}: JSON Schema checks with JSON pointers, and values made from schemas.
 *   <li>{@code binary}: binary messages read into JSON and written field by field (numbers, MQTT's
 *       varint, text, bytes, length-prefixed runs). Uses only {@code json}.
 *   <li>{@code frames}: what a WebSocket frame carries, and matching payloads.
 *   <li>{@code framing}: frames cut into a protocol's own messages (records, length-prefixed
 *       packets).
 *   <li>{@code journal}: the history of frames, connections and refused upgrades, awaits on it, and
 *       the path patterns handshakes are matched by.
 *   <li>{@code proxy}: forwarding connections to real servers with Jetty's client, and turning what
 *       they answered into stubs.
 *   <li>{@code template}: the placeholders of replies: what they stand for, rendering, checking.
 *   <li>{@code scripting}: stubs, replies, repeats, scenario states and remembered values, upgrade
 *       stubs, handshake rejections. No Jetty.
 *   <li>{@code asyncapi}: reading AsyncAPI documents into channels, operations and messages.
 *   <li>{@code contract}: playing a document (its replies as stubs) and checking every frame and
 *       upgrade against it. No Jetty.
 *   <li>{@code handler}: the Java handlers of in-process tests, run as stubs. No Jetty.
 *   <li>{@code tls}: the WebSocket port's certificate. Uses nothing else here.
 *   <li>{@code console}: the image's standard output, written by a thread of its own. Uses nothing
 *       else here.
 *   <li>{@code websocket}: the WebSocket port on Jetty: upgrades, endpoints, live connections,
 *       faults.
 *   <li>{@code control}: the JSON control API on Jetty: router, routes, views, long-polls, live
 *       events.
 * </ol>
 */
package org.mockpayments.server.internal;
