/**
 * {@code make bench}: the mock against WireMock and MockServer, measured in one run, interleaved.
 * Not a library: a measured driver whose entry point is {@link org.mockpayments.bench.BenchMain}.
 */
package org.mockpayments.bench;
