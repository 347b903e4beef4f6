package org.mockpayments.server.internal.scripting;

import org.mockpayments.server.internal.frames.CloseRequest;

/**
 * How to answer an upgrade request, as the upgrade stubs decide it.
 *
 * @param stubId the stub that decided, or null when none fitted
 * @param subprotocol the subprotocol to accept, or null for none
 * @param refusal the answer that refuses the upgrade, or null to accept it
 * @param closeOnOpen the close to send as soon as the connection is open, or null
 */
public record UpgradeDecision(
    String stubId, String subprotocol, Refusal refusal, CloseRequest closeOnOpen) {}
