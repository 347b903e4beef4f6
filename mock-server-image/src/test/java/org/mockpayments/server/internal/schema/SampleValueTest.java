package org.mockpayments.server.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value made from a schema alone is valid against that schema. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SampleValueTest {
  private static JsonElement made(String schema) {
    JsonElement parsed = JsonParser.parseString(schema);
    JsonElement value = SampleValue.of(parsed);
    assertThat(SchemaCheck.compile(parsed, "the schema").errors(value))
        .as("%s made from %s", value, schema)
        .isEmpty();
    return value;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"const\":\"ticker\"}",
        "{\"enum\":[\"buy\",\"sell\"]}",
        "{\"type\":\"string\",\"format\":\"date-time\"}",
        "{\"type\":\"string\",\"format\":\"date\"}",
        "{\"type\":\"string\",\"format\":\"uuid\"}",
        "{\"type\":\"string\",\"format\":\"email\"}",
        "{\"type\":\"string\",\"format\":\"uri\"}",
        "{\"type\":\"string\",\"pattern\":\"^[A-Z]{3}/[A-Z]{3}$\"}",
        "{\"type\":\"string\",\"pattern\":\"^o-\\\\d+$\"}",
        "{\"type\":\"string\",\"minLength\":12}",
        "{\"type\":\"integer\",\"minimum\":5}",
        "{\"type\":\"integer\",\"maximum\":-3}",
        "{\"type\":\"number\",\"exclusiveMinimum\":0,\"exclusiveMaximum\":1}",
        "{\"type\":\"integer\",\"minimum\":7,\"multipleOf\":5}",
        "{\"type\":\"boolean\"}",
        "{\"type\":\"array\",\"minItems\":3,\"items\":{\"type\":\"integer\",\"minimum\":2}}",
        "{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}",
        "{\"allOf\":[{\"properties\":{\"a\":{\"const\":1}},\"required\":[\"a\"]},"
            + "{\"properties\":{\"b\":{\"type\":\"string\"}},\"required\":[\"b\"]}]}"
      })
  void eachKeywordIsKept(String schema) {
    made(schema);
  }

  @Test
  void anObjectGetsEveryPropertyItsSchemaRequires() {
    JsonElement value =
        made(
            "{\"type\":\"object\",\"required\":[\"method\",\"time_in\",\"id\"],"
                + "\"additionalProperties\":false,\"properties\":{"
                + "\"method\":{\"const\":\"pong\"},"
                + "\"time_in\":{\"type\":\"string\",\"format\":\"date-time\"},"
                + "\"id\":{\"type\":\"string\",\"format\":\"uuid\"},"
                + "\"qty\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":1}}}");
    assertThat(value.getAsJsonObject().keySet()).contains("method", "time_in", "id");
  }
}
