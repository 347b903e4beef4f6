/**
 * Java handlers: in-process tests answer messages with their own code where the stub language
 * cannot say it, through {@link org.mockpayments.server.MockPaymentsServer#onMessage}. The
 * container runs no Java of the test's, so it has no handlers.
 */
package org.mockpayments.server.handler;
