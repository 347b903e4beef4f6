/**
 * The JSON control API on Jetty: the router, one exchange per request, the routes (one class per
 * family of paths), the JSON views of the server's records, long-polls and the live event stream.
 * May use every other part; nothing uses it but the assembly.
 */
package org.mockpayments.server.internal.control;
