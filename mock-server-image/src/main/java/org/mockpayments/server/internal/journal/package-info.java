/**
 * The mock's history: typed journal entries (frames, connections opening and closing, refused
 * upgrades) numbered by one seq that never restarts, the queries over it and the awaits on it, and
 * the path patterns handshakes are matched by. May use {@code frames} and {@code json}; no Jetty.
 */
package org.mockpayments.server.internal.journal;
