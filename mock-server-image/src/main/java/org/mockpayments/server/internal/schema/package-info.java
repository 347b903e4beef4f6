/**
 * JSON Schema checks: a schema compiled once, then asked where a value breaks it, with JSON
 * pointers. Wraps the relocated validator so that nothing else of the server sees it. May use
 * {@code json}.
 */
package org.mockpayments.server.internal.schema;
