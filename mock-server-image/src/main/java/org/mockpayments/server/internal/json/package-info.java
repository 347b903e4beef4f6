/**
 * Strict JSON for the control API: parsing with limits, reading request bodies key by key, and
 * {@code ApiException}, the failure every layer raises and the control API answers with. Uses
 * nothing else of the server.
 */
package org.mockpayments.server.internal.json;
