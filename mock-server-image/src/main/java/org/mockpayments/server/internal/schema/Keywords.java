package org.mockpayments.server.internal.schema;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The keywords a schema uses that no check reads, so that a reader is not misled by them. */
public final class Keywords {
  private static final Set<String> CHECKED =
      words(
          "$schema $id $ref $comment $defs definitions $anchor $dynamicRef $dynamicAnchor "
              + "$recursiveRef $recursiveAnchor $vocabulary type const enum multipleOf maximum "
              + "exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern items "
              + "additionalItems prefixItems maxItems minItems uniqueItems contains minContains "
              + "maxContains unevaluatedItems maxProperties minProperties required properties "
              + "patternProperties additionalProperties dependencies dependentRequired "
              + "dependentSchemas propertyNames unevaluatedProperties if then else allOf anyOf "
              + "oneOf not format");

  /** Words that only describe, in JSON Schema and in AsyncAPI's Schema Object: nothing to check. */
  private static final Set<String> DESCRIPTIVE =
      words(
          "title description default examples example readOnly writeOnly deprecated "
              + "contentMediaType contentEncoding contentSchema externalDocs discriminator");

  private static final Set<String> SCHEMA_MAPS =
      words("properties patternProperties definitions $defs dependentSchemas");
  private static final Set<String> SCHEMA_LISTS = words("allOf anyOf oneOf prefixItems");
  private static final Set<String> SCHEMAS =
      words(
          "additionalProperties items additionalItems contains propertyNames not if then "
              + "else unevaluatedItems unevaluatedProperties");

  private Keywords() {}

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  /**
   * Adds to {@code found} each keyword of {@code schema} (at {@code pointer}) that is neither
   * checked nor only descriptive, as {@code 'keyword' at /pointer}; {@code x-} extensions are
   * skipped.
   */
  public static void unchecked(JsonElement schema, String pointer, List<String> found) {
    if (schema == null || !schema.isJsonObject()) {
      return;
    }
    JsonObject object = schema.getAsJsonObject();
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      String key = field.getKey();
      String at = pointer + "/" + Pointers.escape(key);
      if (SCHEMA_MAPS.contains(key) && field.getValue().isJsonObject()) {
        field
            .getValue()
            .getAsJsonObject()
            .entrySet()
            .forEach(
                entry ->
                    unchecked(entry.getValue(), at + "/" + Pointers.escape(entry.getKey()), found));
      } else if ((SCHEMA_LISTS.contains(key) || key.equals("items"))
          && field.getValue().isJsonArray()) {
        for (int i = 0; i < field.getValue().getAsJsonArray().size(); i++) {
          unchecked(field.getValue().getAsJsonArray().get(i), at + "/" + i, found);
        }
      } else if (SCHEMAS.contains(key)) {
        unchecked(field.getValue(), at, found);
      } else if (!CHECKED.contains(key) && !DESCRIPTIVE.contains(key) && !key.startsWith("x-")) {
        found.add("'" + key + "' at " + (pointer.isEmpty() ? "/" : pointer));
      }
    }
  }
}
