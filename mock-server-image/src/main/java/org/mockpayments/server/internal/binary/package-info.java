/**
 * Binary messages read and written as fields: numbers in the encodings binary protocols use, text,
 * bytes, constants, and runs of fields preceded by their length. A match decodes a message into a
 * JSON object of named fields; a reply encodes fields whose values are templates, rendered by its
 * caller. May use {@code json} only; no Jetty.
 */
package org.mockpayments.server.internal.binary;
