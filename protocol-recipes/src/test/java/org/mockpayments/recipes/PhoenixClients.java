package org.mockpayments.recipes;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kotlin.Unit;
import okhttp3.OkHttpClient;
import org.phoenixframework.Defaults;
import org.phoenixframework.Push;
import org.phoenixframework.Socket;

/** JavaPhoenixClient from Java: its Kotlin defaults spelled out, its callbacks as futures. */
final class PhoenixClients {
  private PhoenixClients() {}

  /** A socket on {@code url} with the V2 JSON serializer, not yet connected. */
  static Socket socket(String url) {
    return new Socket(
        url,
        Map::of,
        Defaults.VSN,
        Defaults.INSTANCE.getEncode(),
        Defaults.INSTANCE.getDecode(),
        new OkHttpClient());
  }

  /** The status the server's reply to {@code push} carried: ok, error or timeout. */
  static CompletableFuture<String> reply(Push push) {
    CompletableFuture<String> status = new CompletableFuture<>();
    for (String outcome : new String[] {"ok", "error", "timeout"}) {
      push.receive(
          outcome,
          message -> {
            status.complete(outcome);
            return Unit.INSTANCE;
          });
    }
    return status;
  }

  static void disconnect(Socket socket) {
    socket.disconnect(1000, "test over", () -> Unit.INSTANCE);
  }
}
