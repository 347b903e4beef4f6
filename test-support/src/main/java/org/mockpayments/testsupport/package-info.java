/**
 * What this project's own tests and benchmarks share: {@link
 * org.mockpayments.testsupport.TestSocket}, a real WebSocket client standing in for the client
 * under test. Not for users of the mock.
 */
package org.mockpayments.testsupport;
