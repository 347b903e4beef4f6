package org.mockpayments.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.server.ServerSettings;
import org.mockpayments.testsupport.ControlContract;

/** The OpenAPI document and the router agree, and the checker built on the document does reject. */
@Timeout(30)
class OpenApiDocumentTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "openapi.json");

  @Test
  void theDocumentListsExactlyTheRoutesTheServerHas() throws IOException {
    MockState mock =
        new MockState(new ConsoleLog(new PrintStream(OutputStream.nullOutputStream())), 100, null);
    Set<String> served =
        new TreeSet<>(ServerAssembly.router(ServerSettings.ephemeral(), mock, null).routes());

    JsonObject paths =
        JsonParser.parseString(Files.readString(DOCUMENT))
            .getAsJsonObject()
            .getAsJsonObject("paths");
    Set<String> documented = new TreeSet<>();
    paths
        .keySet()
        .forEach(
            path ->
                paths
                    .getAsJsonObject(path)
                    .keySet()
                    .forEach(
                        method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

    assertThat(documented).as("routes in docs/openapi.json").isEqualTo(served);
  }

  @Test
  void theCheckerRejectsAnswersTheDocumentDoesNotAllow() {
    ControlContract contract = ControlContract.get();
    URI health = URI.create("http://localhost/health");
    assertThat(
            contract.violation(
                "GET",
                health,
                200,
                "application/json",
                "{\"status\":\"UP\",\"seq\":3,\"journal\":{\"entries\":3,\"evicted\":0}}"))
        .as("a good answer")
        .isNull();

    assertThat(
            contract.violation(
                "GET", health, 200, "application/json", "{\"status\":\"UP\",\"journal\":{}}"))
        .as("keys missing")
        .isNotNull();
    assertThat(
            contract.violation(
                "GET",
                health,
                200,
                "application/json",
                "{\"status\":\"UP\",\"seq\":3,\"journal\":{\"entries\":3,\"evicted\":0},\"extra\":1}"))
        .as("a key too many")
        .isNotNull();
    assertThat(
            contract.violation(
                "GET",
                health,
                418,
                "application/json",
                "{\"error\":\"x\",\"message\":\"a teapot here\"}"))
        .as("a status the operation does not list")
        .contains("418");
    assertThat(
            contract.violation(
                "GET", URI.create("http://localhost/frames"), 200, "text/plain", "[]"))
        .as("a media type the operation does not list")
        .contains("text/plain");
    assertThat(
            contract.violation(
                "GET", URI.create("http://localhost/nowhere"), 200, "application/json", "{}"))
        .as("an answer on a path the document does not have")
        .contains("no operation");
    assertThat(
            contract.violation(
                "GET",
                URI.create("http://localhost/nowhere"),
                404,
                "application/json",
                "{\"error\":\"not_found\",\"message\":\"There is no control route GET"
                    + " /nowhere.\"}"))
        .isNull();
    assertThat(
            contract.violation(
                "POST",
                URI.create("http://localhost/connections/c1/send"),
                200,
                "application/json",
                "{\"sent\":-1}"))
        .as("a count below zero")
        .isNotNull();
  }
}
