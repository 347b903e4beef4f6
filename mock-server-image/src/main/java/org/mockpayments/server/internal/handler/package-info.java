/**
 * Runs the Java handlers of in-process tests as stubs: the message and the connection they see, and
 * their failures journaled. May use {@code scripting}, {@code frames}, {@code journal} and {@code
 * json}; no Jetty.
 */
package org.mockpayments.server.internal.handler;
