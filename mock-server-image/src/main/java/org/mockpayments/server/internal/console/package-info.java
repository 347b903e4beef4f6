/**
 * The image's standard output, written by a thread of its own so that no request or frame waits on
 * {@code docker logs}. Uses nothing else here.
 */
package org.mockpayments.server.internal.console;
