package org.mockpayments.server.internal.json;

import java.util.Base64;

/** Decodes base64 from request bodies with an error that says where the bad value was. */
public final class Base64Payload {
  private Base64Payload() {}

  public static byte[] decode(String value, String where) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(where + " is not valid base64: " + e.getMessage() + ".");
    }
  }
}
