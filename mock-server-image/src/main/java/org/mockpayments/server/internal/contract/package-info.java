/**
 * Contract-first mocking: an AsyncAPI document, read by {@code asyncapi}, played from one side (its
 * reply operations compiled into ordinary stubs) and used to check every frame and upgrade, with
 * the violations kept for the control API. May use {@code asyncapi}, {@code schema}, {@code
 * scripting}, {@code journal}, {@code frames} and {@code json}; no Jetty.
 */
package org.mockpayments.server.internal.contract;
