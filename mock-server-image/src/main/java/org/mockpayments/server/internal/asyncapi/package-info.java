/**
 * Reading AsyncAPI documents (3.0, and 2.0 to 2.6; YAML or JSON; {@code $ref}s inside the file and
 * to files beside it) into one model of channels, operations and messages, with the warnings a
 * reader should see. Knows nothing of connections or stubs. May use {@code json}, {@code schema}
 * and {@code journal} (for paths).
 */
package org.mockpayments.server.internal.asyncapi;
