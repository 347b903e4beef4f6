package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document the mock cannot play is refused when it is loaded, with a sentence naming where. */
class AsyncApiDocumentErrorsTest extends EmbeddedServer {
  private static final String HEAD = "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\n";

  private String refused(String document) {
    return refused(document, "");
  }

  private String refused(String document, String query) {
    ControlHttp.Answer answer = control.post("asyncapi" + query, document);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.error()).isEqualTo("bad_request");
    return answer.message();
  }

  @Test
  void aDocumentThatIsNotAsyncApi() {
    assertThat(refused("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"))
        .isEqualTo(
            "The document is not an AsyncAPI document (it is an OpenAPI document, which describes"
                + " HTTP APIs): it has no 'asyncapi' field naming its version, such as asyncapi:"
                + " 3.0.0.");
    assertThat(refused("- just\n- a list\n"))
        .isEqualTo("The document is not an AsyncAPI document: it is not an object.");
    assertThat(refused("")).isEqualTo("The document is empty.");
  }

  @Test
  void anUnsupportedVersion() {
    assertThat(refused("asyncapi: 1.2.0\ninfo: {title: T, version: '1'}\ntopics: {}\n"))
        .isEqualTo(
            "The document is AsyncAPI 1.2.0, which the mock does not read: it reads 3.0 and 2.0"
                + " to 2.6 (the AsyncAPI CLI's 'asyncapi convert' turns a 1.x document into 3.0).");
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    assertThat(refused(HEAD + "channels:\n  a: {address: /a\n"))
        .startsWith("The document is not valid YAML: ")
        .contains("at line 4, column");
    assertThat(refused("{\"asyncapi\": \"3.0.0\",\n \"info\": {\"title\": \"T\",}\n}"))
        .startsWith("The document is not valid JSON: ")
        .contains("line 2");
    assertThat(refused(HEAD + "channels: {}\nchannels: {}\n"))
        .contains("duplicate key channels")
        .contains("line 4");
  }

  @Test
  void referencesThatDoNotResolve() {
    assertThat(
            refused(
                HEAD
                    + "channels:\n  a:\n    address: /a\n    messages:\n      m:\n"
                    + "        $ref: '#/components/messages/missing'\n"))
        .isEqualTo(
            "The $ref '#/components/messages/missing' at /channels/a/messages/m does not resolve:"
                + " there is nothing at /components/messages/missing.");
    assertThat(
            refused(
                HEAD
                    + "channels:\n  a:\n    address: /a\n    messages:\n      m:\n"
                    + "        $ref: 'schemas/m.yaml'\n"))
        .contains(
            "at /channels/a/messages/m points at another file, but a document posted to the"
                + " control API has no files beside it");
    assertThat(
            refused(
                HEAD
                    + "channels: {}\ncomponents:\n  schemas:\n    Node:\n      type: object\n"
                    + "      properties:\n        next: {$ref: '#/components/schemas/Node'}\n"))
        .contains("leads back to itself")
        .contains("recursive schemas are not supported");
  }

  @Test
  void anOperationOnAnUnknownChannel() {
    assertThat(
            refused(
                HEAD
                    + "channels:\n  orders: {address: /orders}\noperations:\n  send:\n"
                    + "    action: send\n    channel: {$ref: '#/channels/order'}\n"))
        .isEqualTo(
            "The $ref '#/channels/order' at /operations/send/channel does not resolve: there is"
                + " nothing at /channels/order.");
    assertThat(
            refused(
                HEAD
                    + "channels:\n  orders: {address: /orders}\noperations:\n  send:\n"
                    + "    action: send\n    channel: orders\n"))
        .isEqualTo(
            "The channel at /operations/send/channel must be a $ref to one of the document's"
                + " channels, such as {\"$ref\": \"#/channels/orders\"}.");
    assertThat(
            refused(
                HEAD
                    + "channels:\n  orders: {address: /orders}\noperations:\n  send:\n"
                    + "    action: publish\n    channel: {$ref: '#/channels/orders'}\n"))
        .isEqualTo(
            "The operation at /operations/send needs 'action': 'send' or 'receive', not"
                + " publish.");
  }

  @Test
  void aReplyExampleTheMessageDoesNotHaveIsAWarning() {
    ControlHttp.Answer answer =
        control.post(
            "asyncapi",
            HEAD
                + "channels:\n  a:\n    address: /a\n    messages:\n"
                + "      q: {payload: {type: object}}\n"
                + "      r: {payload: {type: object}, examples: [{name: one, payload: {n: 1}}]}\n"
                + "operations:\n  ask:\n    action: receive\n"
                + "    channel: {$ref: '#/channels/a'}\n"
                + "    messages: [{$ref: '#/channels/a/messages/q'}]\n"
                + "    reply:\n      x-mock-example: two\n"
                + "      messages: [{$ref: '#/channels/a/messages/r'}]\n");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().getAsJsonObject().getAsJsonArray("warnings").get(0).getAsString())
        .isEqualTo(
            "Operation 'ask' asks for the example 'two' of message 'r' (x-mock-example), which it"
                + " does not have; its first is used.");
  }

  @Test
  void aPerspectiveThatIsNeitherSide() {
    assertThat(refused(HEAD + "channels: {}\n", "?perspective=both"))
        .isEqualTo(
            "'perspective' must be 'server' (the mock plays the application the document"
                + " describes) or 'client' (it plays the counterpart), not 'both'.");
  }

  @Test
  void anInvalidSchemaIsRefusedAndTheDocumentBeforeStays() {
    control.post("asyncapi", HEAD + "channels: {}\n");
    assertThat(
            refused(
                HEAD
                    + "channels:\n  a:\n    address: /a\n    messages:\n      m:\n"
                    + "        payload: {type: thing}\n"))
        .startsWith(
            "The payload schema at /channels/a/messages/m/payload is not a valid JSON Schema: ");
    assertThat(control.get("asyncapi").json().getAsJsonObject().get("title").getAsString())
        .isEqualTo("T");
  }

  @Test
  void messagesInOtherSchemaFormatsAreSkippedWithAWarning() {
    ControlHttp.Answer answer =
        control.post(
            "asyncapi",
            HEAD
                + "channels:\n  a:\n    address: /a\n    messages:\n      m:\n        payload:\n"
                + "          schemaFormat: application/vnd.apache.avro;version=1.9.0\n"
                + "          schema: {type: record, name: M, fields: []}\n");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().getAsJsonObject().getAsJsonArray("warnings").get(0).getAsString())
        .isEqualTo(
            "Message 'm' (/channels/a/messages/m) has a payload schema in"
                + " application/vnd.apache.avro;version=1.9.0, which the mock cannot check: its"
                + " frames are not checked.");
  }

  @Test
  void aBadFileAtStartFailsTheStartNamingTheFile(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("payments.yaml");
    Files.writeString(file, "asyncapi: 3.0.0\ninfo: {title: T\n");
    ServerSettings settings = ServerSettings.builder().asyncApi(file).build();
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MockPaymentsServer.start(settings, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The AsyncAPI file " + file + " is not valid YAML: ");
  }
}
