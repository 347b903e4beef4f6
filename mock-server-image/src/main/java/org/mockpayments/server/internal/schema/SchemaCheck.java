package org.mockpayments.server.internal.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.InvalidSchemaException;
import dev.harrel.jsonschema.JsonSchemaException;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Json;

/**
 * One JSON Schema, compiled once and then asked where a value breaks it. Draft-07 unless the schema
 * names its own {@code $schema} (2019-09 and 2020-12 are understood too); formats are asserted.
 * Safe for concurrent use once compiled.
 */
public final class SchemaCheck {
  private static final AtomicLong NEXT = new AtomicLong();

  private final JsonElement schema;
  private final SureFit sureFit;
  private final Validator validator;
  private final URI uri;

  private SchemaCheck(JsonElement schema, Validator validator, URI uri) {
    this.schema = schema;
    this.sureFit = SureFit.of(schema);
    this.validator = validator;
    this.uri = uri;
  }

  /**
   * Compiles {@code schema} (its {@code $ref}s already resolved).
   *
   * @param where names the schema in the message of a 400 when it is not a valid schema
   */
  public static SchemaCheck compile(JsonElement schema, String where) {
    Validator validator =
        new ValidatorFactory()
            .withDefaultDialect(new Dialects.Draft7Dialect())
            .withJsonNodeFactory(new GsonNode.Factory())
            .withEvaluatorFactory(new DateTimeFormat())
            .createValidator();
    URI uri = URI.create("urn:mock-payments:schema:" + NEXT.incrementAndGet());
    try {
      validator.registerSchema(uri, schema);
    } catch (InvalidSchemaException e) {
      List<String> faults = new ArrayList<>();
      for (Error error : e.getErrors()) {
        faults.add(
            (error.getInstanceLocation().isEmpty() ? "/" : error.getInstanceLocation())
                + ": "
                + error.getError());
      }
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " is not a valid JSON Schema: "
              + String.join("; ", faults.subList(0, Math.min(3, faults.size())))
              + ".");
    } catch (JsonSchemaException e) {
      throw ApiException.badRequest(
          ApiException.sentence(where) + " is not a valid JSON Schema: " + e.getMessage() + ".");
    }
    return new SchemaCheck(schema.deepCopy(), validator, uri);
  }

  /** The schema as it was given. */
  public JsonElement schema() {
    return schema.deepCopy();
  }

  /** Whether {@code value} is valid. */
  public boolean accepts(JsonElement value) {
    return sureFit.fits(value) || libraryAccepts(value);
  }

  /** The library's own verdict, with no quick yes before it. */
  boolean libraryAccepts(JsonElement value) {
    return validator.validate(uri, value).isValid();
  }

  /** Where and how {@code value} breaks the schema; empty when it is valid. */
  public List<SchemaError> errors(JsonElement value) {
    if (sureFit.fits(value)) {
      return List.of();
    }
    Validator.Result result = validator.validate(uri, value);
    if (result.isValid()) {
      return List.of();
    }
    List<SchemaError> errors = new ArrayList<>();
    for (Error error : result.getErrors()) {
      SchemaError readable = readable(error, value);
      if (readable != null && !errors.contains(readable)) {
        errors.add(readable);
      }
    }
    return errors;
  }

  /** The validator's error as a sentence a reader acts on, or null for a summary of others. */
  private SchemaError readable(Error error, JsonElement root) {
    String pointer = error.getInstanceLocation();
    JsonElement value = Pointers.get(root, pointer);
    JsonElement subschema = Pointers.get(schema, fragment(error.getSchemaLocation()));
    JsonObject at =
        subschema != null && subschema.isJsonObject() ? subschema.getAsJsonObject() : null;
    String keyword = error.getKeyword();
    if (keyword == null && error.getEvaluationPath().endsWith("/additionalProperties")) {
      String location = fragment(error.getSchemaLocation());
      JsonElement parentSchema =
          Pointers.get(
              schema,
              location.endsWith("/additionalProperties")
                  ? location.substring(0, location.length() - "/additionalProperties".length())
                  : location);
      at =
          parentSchema != null && parentSchema.isJsonObject()
              ? parentSchema.getAsJsonObject()
              : null;
      String property = pointer.substring(pointer.lastIndexOf('/') + 1);
      Set<String> allowed =
          at != null && at.has("properties") && at.get("properties").isJsonObject()
              ? new TreeSet<>(at.getAsJsonObject("properties").keySet())
              : Set.of();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      return new SchemaError(
          parent,
          "has a property '"
              + Pointers.unescape(property)
              + "' the schema does not allow"
              + (allowed.isEmpty() ? "" : " (it allows " + String.join(", ", allowed) + ")"));
    }
    if (keyword == null) {
      return new SchemaError(pointer, error.getError());
    }
    return switch (keyword) {
      case "enum" ->
          new SchemaError(pointer, show(value) + " is not one of " + Json.print(at.get("enum")));
      case "const" ->
          new SchemaError(pointer, show(value) + " is not " + Json.print(at.get("const")));
      case "type" ->
          new SchemaError(
              pointer, show(value) + " is " + typeOf(value) + ", not " + expected(at.get("type")));
      case "required" -> {
        List<String> missing = new ArrayList<>();
        if (at != null && value != null && value.isJsonObject()) {
          for (JsonElement name : at.getAsJsonArray("required")) {
            if (!value.getAsJsonObject().has(name.getAsString())) {
              missing.add("'" + name.getAsString() + "'");
            }
          }
        }
        yield new SchemaError(
            pointer,
            missing.size() == 1
                ? "lacks the required property " + missing.get(0)
                : "lacks the required properties " + String.join(", ", missing));
      }
      case "pattern" ->
          new SchemaError(
              pointer,
              show(value) + " does not match the pattern " + at.get("pattern").getAsString());
      case "format" ->
          new SchemaError(
              pointer, show(value) + " is not a valid " + at.get("format").getAsString());
      case "oneOf", "anyOf", "allOf" ->
          new SchemaError(pointer, "fits none of the alternatives of '" + keyword + "'");
      default -> new SchemaError(pointer, error.getError());
    };
  }

  private static String fragment(String schemaLocation) {
    int hash = schemaLocation.indexOf('#');
    return hash < 0 ? "" : schemaLocation.substring(hash + 1);
  }

  private static String show(JsonElement value) {
    if (value == null) {
      return "the value";
    }
    String printed = Json.print(value);
    return printed.length() > 60 ? printed.substring(0, 57) + "..." : printed;
  }

  private static String typeOf(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return "null";
    }
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return "a boolean";
    }
    if (primitive.isString()) {
      return "a string";
    }
    return "a number";
  }

  private static String expected(JsonElement type) {
    if (type == null) {
      return "the type required";
    }
    if (type.isJsonArray()) {
      List<String> names = new ArrayList<>();
      for (JsonElement name : (JsonArray) type) {
        names.add(name.getAsString());
      }
      return "one of " + String.join(", ", names);
    }
    return "of type " + type.getAsString();
  }
}
