package org.mockpayments.server.internal.scripting;

import java.util.List;
import org.mockpayments.server.internal.frames.CloseRequest;

/**
 * What an {@code upgrade} stub decides: the first of its subprotocols the client offers is
 * accepted; when none is offered, {@code refusal} refuses the upgrade, or {@code close} accepts it
 * without a subprotocol and closes at once, or (neither) it is accepted without one.
 */
record SubprotocolChoice(List<String> subprotocols, Refusal refusal, CloseRequest close) {}
