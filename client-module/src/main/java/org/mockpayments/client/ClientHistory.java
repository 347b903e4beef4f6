package org.mockpayments.client;

import java.time.Duration;
import java.util.List;

/**
 * One client's connections, for asserting reconnects: how many, and the time between them.
 *
 * <pre>{@code
 * ClientHistory order = payments.clientHistory(ClientIdentity.query("order"), "o-7");
 * assertThat(order.connections()).isEqualTo(4);
 * assertThat(order.intervals()).isSorted();   // growing backoff
 * }</pre>
 *
 * @param identity the value that identifies the client, such as the order id
 * @param connections how many connections it opened since start or reset
 * @param connectionIds their ids, in order of opening
 * @param intervals the time between each connection and the next
 */
public record ClientHistory(
    String identity, int connections, List<String> connectionIds, List<Duration> intervals) {}
