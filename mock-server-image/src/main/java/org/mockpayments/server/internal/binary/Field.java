package org.mockpayments.server.internal.binary;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mockpayments.server.internal.json.ApiException;

/**
 * One field of a {@link BinaryLayout}. Reading, a field takes its bytes from a message and puts
 * what it names into a JSON object; writing, it renders its value and appends its bytes.
 */
sealed interface Field {
  /**
   * Reads this field at {@code offset} of {@code bytes} (which end at {@code end}) into {@code
   * found}; returns the offset after it, or -1 when the bytes do not fit it.
   */
  int read(byte[] bytes, int offset, int end, JsonObject found);

  /** Appends this field, its value rendered by {@code render}. */
  void write(ByteArrayOutputStream out, UnaryOperator<JsonElement> render);

  /** Fixed bytes; reading, a {@code mask} nibble of 0 accepts any value there. */
  record Constant(byte[] bytes, byte[] mask) implements Field {
    @Override
    public int read(byte[] message, int offset, int end, JsonObject found) {
      if (offset + bytes.length > end) {
        return -1;
      }
      for (int i = 0; i < bytes.length; i++) {
        if ((message[offset + i] & mask[i]) != bytes[i]) {
          return -1;
        }
      }
      return offset + bytes.length;
    }

    @Override
    public void write(ByteArrayOutputStream out, UnaryOperator<JsonElement> render) {
      out.writeBytes(bytes);
    }
  }

  /** A whole number; {@code value} is its name when read, a number or a template when written. */
  record Number(IntegerFormat format, JsonElement value, String where) implements Field {
    @Override
    public int read(byte[] bytes, int offset, int end, JsonObject found) {
      IntegerFormat.Read read;
      try {
        read = format.read(bytes, offset, end);
      } catch (IllegalArgumentException malformed) {
        return -1;
      }
      if (read == null) {
        return -1;
      }
      found.addProperty(value.getAsString(), read.value());
      return offset + read.size();
    }

    @Override
    public void write(ByteArrayOutputStream out, UnaryOperator<JsonElement> render) {
      JsonElement rendered = render.apply(value);
      long number;
      try {
        number = Long.parseLong(rendered.getAsString().trim());
      } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
        number = -1;
      }
      if (number < 0 || number > format.max()) {
        throw ApiException.badRequest(
            ApiException.sentence(where)
                + " rendered "
                + rendered
                + ", which is no whole number from 0 to "
                + format.max()
                + " for a "
                + format.wireName()
                + ".");
      }
      format.write(out, number);
    }
  }

  /**
   * Text in UTF-8 ({@code utf8}) or bytes given in base64; preceded by its byte count in {@code
   * length}, or, without one, running to the end of what holds it.
   */
  record Chunk(boolean utf8, IntegerFormat length, JsonElement value, String where)
      implements Field {
    @Override
    public int read(byte[] bytes, int offset, int end, JsonObject found) {
      int start = offset;
      int stop = end;
      if (length != null) {
        IntegerFormat.Read size = length.readCount(bytes, offset, end);
        if (size == null) {
          return -1;
        }
        start = offset + size.size();
        stop = (int) (start + size.value());
      }
      byte[] part = Arrays.copyOfRange(bytes, start, stop);
      if (utf8) {
        try {
          found.addProperty(
              value.getAsString(),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .decode(ByteBuffer.wrap(part))
                  .toString());
        } catch (CharacterCodingException notUtf8) {
          return -1;
        }
      } else {
        found.addProperty(value.getAsString(), Base64.getEncoder().encodeToString(part));
      }
      return stop;
    }

    @Override
    public void write(ByteArrayOutputStream out, UnaryOperator<JsonElement> render) {
      JsonElement rendered = render.apply(value);
      String text = rendered.isJsonPrimitive() ? rendered.getAsString() : rendered.toString();
      byte[] part;
      if (utf8) {
        part = text.getBytes(StandardCharsets.UTF_8);
      } else {
        try {
          part = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
          throw ApiException.badRequest(
              ApiException.sentence(where) + " rendered '" + text + "', which is not base64.");
        }
      }
      if (length != null) {
        writeCount(out, length, part.length, where);
      }
      out.writeBytes(part);
    }
  }

  /** Fields preceded by their byte count, as MQTT's remaining length precedes a packet's rest. */
  record Sized(IntegerFormat length, List<Field> fields, String where) implements Field {
    @Override
    public int read(byte[] bytes, int offset, int end, JsonObject found) {
      IntegerFormat.Read size = length.readCount(bytes, offset, end);
      if (size == null) {
        return -1;
      }
      int stop = (int) (offset + size.size() + size.value());
      int next = offset + size.size();
      for (Field field : fields) {
        next = field.read(bytes, next, stop, found);
        if (next < 0) {
          return -1;
        }
      }
      return next == stop ? stop : -1;
    }

    @Override
    public void write(ByteArrayOutputStream out, UnaryOperator<JsonElement> render) {
      ByteArrayOutputStream inner = new ByteArrayOutputStream();
      fields.forEach(field -> field.write(inner, render));
      writeCount(out, length, inner.size(), where);
      out.writeBytes(inner.toByteArray());
    }
  }

  /** Writes the byte count {@code size} in {@code format}, or says it cannot hold it. */
  private static void writeCount(
      ByteArrayOutputStream out, IntegerFormat format, int size, String where) {
    if (size > format.max()) {
      throw ApiException.badRequest(
          ApiException.sentence(where)
              + " rendered "
              + size
              + " bytes, more than a "
              + format.wireName()
              + " length can count.");
    }
    format.write(out, size);
  }
}
