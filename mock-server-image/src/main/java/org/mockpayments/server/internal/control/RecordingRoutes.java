package org.mockpayments.server.internal.control;

import java.util.Set;
import org.mockpayments.server.internal.json.ApiException;
import org.mockpayments.server.internal.proxy.Recorder;
import org.mockpayments.server.internal.proxy.StubsFromRecordings;

/**
 * {@code /recording}: what proxied connections carried since the last reset, as a stubs file that
 * replays the target's side; {@code connection} and {@code path} narrow it to one.
 */
public final class RecordingRoutes {
  private final Recorder recorder;

  public RecordingRoutes(Recorder recorder) {
    this.recorder = recorder;
  }

  public void register(ControlRouter router) {
    router.route(
        "GET",
        "/recording",
        Set.of("connection", "path"),
        ex -> {
          String connection = ex.query("connection");
          String path = ex.query("path");
          if (connection != null
              && recorder
                  .recordings(recording -> connection.equals(recording.connectionId()))
                  .isEmpty()) {
            throw ApiException.notFound(
                "Connection '"
                    + connection
                    + "' has no recording: it is not proxied, or it ended before the last reset.");
          }
          ex.respond(
              200,
              StubsFromRecordings.stubs(
                  recorder.recordings(
                      recording ->
                          (connection == null || connection.equals(recording.connectionId()))
                              && (path == null || path.equals(recording.path())))));
        });
  }
}
