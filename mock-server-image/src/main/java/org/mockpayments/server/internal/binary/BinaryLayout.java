package org.mockpayments.server.internal.binary;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.json.Base64Payload;
import org.mockpayments.server.internal.json.JsonBody;

/**
 * A binary message as a list of fields, the {@code fields} of a match or a reply. Each field is an
 * object with one of these keys:
 *
 * <ul>
 *   <li>{@code hex}: fixed bytes; in a match, a {@code ?} stands for any hex digit;
 *   <li>{@code uint8}, {@code uint16}, {@code uint32} (big-endian) or {@code varint} (MQTT's
 *       variable byte integer): a whole number;
 *   <li>{@code utf8} or {@code bytes} (base64 in JSON): text or bytes, preceded by their byte count
 *       in the format {@code length} names, or without one running to the end of what holds them;
 *   <li>{@code length} with {@code fields}: fields preceded by their byte count.
 * </ul>
 *
 * <p>In a match the value of a number, {@code utf8} or {@code bytes} is the name it is read into,
 * and the message must be read to its last byte; in a reply it is the value, a template.
 */
public final class BinaryLayout {
  private static final String[] KEYS = {
    "hex", "uint8", "uint16", "uint32", "varint", "utf8", "bytes", "length", "fields"
  };
  private static final Pattern ONE_PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*[A-Za-z0-9_.\\-]+\\s*}}");
  private static final String KINDS = "hex, uint8, uint16, uint32, varint, utf8, bytes or fields";

  private final List<Field> fields;

  private BinaryLayout(List<Field> fields) {
    this.fields = fields;
  }

  /** Parses the {@code fields} of a match: values are the names fields are read into. */
  public static BinaryLayout pattern(JsonElement element, String where) {
    return new BinaryLayout(new Parser(true, null).list(element, where, new HashSet<>()));
  }

  /**
   * Parses the {@code fields} of a reply, whose values are templates; {@code checkTemplate} is
   * given each template and where it is, and throws for a placeholder that is wrong there.
   */
  public static BinaryLayout template(
      JsonElement element, String where, BiConsumer<String, String> checkTemplate) {
    return new BinaryLayout(new Parser(false, checkTemplate).list(element, where, null));
  }

  /** The named fields of {@code bytes} as a JSON object, or null when the bytes do not fit. */
  public JsonObject read(byte[] message) {
    JsonObject found = new JsonObject();
    int offset = 0;
    for (Field field : fields) {
      offset = field.read(message, offset, message.length, found);
      if (offset < 0) {
        return null;
      }
    }
    return offset == message.length ? found : null;
  }

  /**
   * The bytes of the fields, each value rendered by {@code render}.
   *
   * @throws ApiException when a value renders to something its field cannot hold
   */
  public byte[] write(UnaryOperator<JsonElement> render) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(field -> field.write(out, render));
    return out.toByteArray();
  }

  /** Reads the syntax, for a match ({@code pattern}) or a reply. */
  private record Parser(boolean pattern, BiConsumer<String, String> checkTemplate) {
    List<Field> list(JsonElement element, String where, Set<String> names) {
      if (!element.isJsonArray() || element.getAsJsonArray().isEmpty()) {
        throw ApiException.badRequest(
            ApiException.sentence(where)
                + " must be a non-empty array of fields, such as [{\"hex\": \"90\"}, {\"length\":"
                + " \"varint\", \"fields\": [{\"uint16\": \"packetId\"}]}].");
      }
      List<Field> fields = new ArrayList<>();
      int size = element.getAsJsonArray().size();
      for (int i = 0; i < size; i++) {
        String at = "field " + i + " of " + where;
        Field field = field(element.getAsJsonArray().get(i), at, names);
        if (pattern
            && i < size - 1
            && field instanceof Field.Chunk chunk
            && chunk.length() == null) {
          throw ApiException.badRequest(
              ApiException.sentence(at)
                  + " has no 'length', so it runs to the end, yet fields follow it: give it a"
                  + " 'length' or make it the last field.");
        }
        fields.add(field);
      }
      return List.copyOf(fields);
    }

    private Field field(JsonElement element, String where, Set<String> names) {
      JsonBody body = JsonBody.of(element, where, KEYS);
      List<String> kinds = body.keys().stream().filter(key -> !key.equals("length")).toList();
      if (kinds.size() != 1) {
        throw ApiException.badRequest(
            ApiException.sentence(where)
                + " must have exactly one of "
                + KINDS
                + " (utf8, bytes and fields may add 'length'), not "
                + (kinds.isEmpty() ? "none" : String.join(", ", kinds))
                + ".");
      }
      String kind = kinds.get(0);
      IntegerFormat length =
          body.has("length")
              ? IntegerFormat.parse(body.requiredString("length"), "'length' of " + where)
              : null;
      if (length != null && !List.of("utf8", "bytes", "fields").contains(kind)) {
        throw ApiException.badRequest(
            "'length' in "
                + where
                + " goes with utf8, bytes or fields, the field it counts; a "
                + kind
                + " has a size of its own.");
      }
      return switch (kind) {
        case "hex" -> constant(body.requiredString("hex"), where);
        case "fields" -> {
          if (length == null) {
            throw ApiException.badRequest(
                ApiException.sentence(where)
                    + " needs 'length' ("
                    + IntegerFormat.NAMES
                    + "): the format of the byte count that precedes its fields.");
          }
          yield new Field.Sized(
              length, list(body.raw("fields"), "'fields' of " + where, names), where);
        }
        case "utf8", "bytes" ->
            new Field.Chunk(
                kind.equals("utf8"),
                length,
                value(body, kind, where, names),
                "'" + kind + "' in " + where);
        default ->
            new Field.Number(
                IntegerFormat.parse(kind, where),
                value(body, kind, where, names),
                "'" + kind + "' in " + where);
      };
    }

    private Field constant(String hex, String where) {
      if (hex.isEmpty()
          || hex.length() % 2 != 0
          || !hex.matches(pattern ? "[0-9a-fA-F?]*" : "[0-9a-fA-F]*")) {
        throw ApiException.badRequest(
            "'hex' in "
                + where
                + " must be an even number of hex digits"
                + (pattern ? " (a '?' stands for any digit)" : "")
                + ", such as '"
                + (pattern ? "3?" : "90")
                + "', not '"
                + hex
                + "'.");
      }
      byte[] bytes = new byte[hex.length() / 2];
      byte[] mask = new byte[bytes.length];
      for (int i = 0; i < hex.length(); i++) {
        char digit = hex.charAt(i);
        int shift = i % 2 == 0 ? 4 : 0;
        if (digit != '?') {
          bytes[i / 2] |= (byte) (Character.digit(digit, 16) << shift);
          mask[i / 2] |= (byte) (0xF << shift);
        }
      }
      return new Field.Constant(bytes, mask);
    }

    private JsonElement value(JsonBody body, String kind, String where, Set<String> names) {
      JsonElement value = body.raw(kind);
      if (pattern) {
        String name = body.requiredString(kind);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw ApiException.badRequest(
              "The name '"
                  + name
                  + "' of "
                  + where
                  + " must be letters, digits and '_', to read it as {{json.NAME}}.");
        }
        if (!names.add(name)) {
          throw ApiException.badRequest(
              ApiException.sentence(where)
                  + " reads into '"
                  + name
                  + "', which an earlier field already reads into: give each its own name.");
        }
        return value;
      }
      boolean number = !kind.equals("utf8") && !kind.equals("bytes");
      if (number && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
        body.integer(kind, 0, IntegerFormat.parse(kind, where).max());
        return value;
      }
      String template = body.requiredString(kind);
      checkTemplate.accept(template, "'" + kind + "' of " + where);
      if (number && !ONE_PLACEHOLDER.matcher(template).matches()) {
        throw ApiException.badRequest(
            "'"
                + kind
                + "' in "
                + where
                + " must be a whole number or a placeholder that renders one, such as"
                + " \"{{json.packetId}}\", not '"
                + template
                + "'.");
      }
      if (kind.equals("bytes") && !ONE_PLACEHOLDER.matcher(template).find()) {
        Base64Payload.decode(template, "'bytes' of " + where);
      }
      return value;
    }
  }
}
