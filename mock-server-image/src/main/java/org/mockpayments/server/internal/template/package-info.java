/**
 * The placeholders of stub replies ({@code {{json.id}}}, {@code {{regex.ack}}}, {@code
 * {{var.user}}}, ...): what each stands for, rendering them into text and JSON, and checking them
 * when a stub is created. Uses {@code frames}, {@code journal} and {@code json}; no Jetty.
 */
package org.mockpayments.server.internal.template;
