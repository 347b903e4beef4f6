package org.mockpayments.server.internal.schema;

/**
 * Where a value breaks a schema and how: {@code pointer} is the JSON pointer of the faulty value
 * ({@code ""} for the whole value), {@code message} says what is wrong with it.
 */
public record SchemaError(String pointer, String message) {
  /** {@code /subscription/name: "nope" is not one of ["book","ticker","trade"]}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(the whole value)" : pointer) + ": " + message;
  }
}
