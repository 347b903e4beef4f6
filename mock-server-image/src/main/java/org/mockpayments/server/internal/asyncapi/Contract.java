package org.mockpayments.server.internal.asyncapi;

import java.util.List;

/**
 * What an AsyncAPI document says, read and checked: its channels, operations and their messages,
 * and the warnings its reader should see (examples that break their own schema, schema keywords no
 * check reads, messages skipped).
 *
 * @param asyncApi the version of the AsyncAPI specification it follows
 */
public record Contract(
    String asyncApi,
    String title,
    String version,
    List<Channel> channels,
    List<Operation> operations,
    List<String> warnings) {}
