package org.mockpayments.server.internal.proxy;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mockpayments.server.internal.json.ApiException;

/**
 * The proxy targets: those added through the control API (tried first, in the order added, and
 * removed by a reset), then the one of {@code MOCK_PROXY_TARGET}, which stays.
 */
public final class Targets {
  private final List<Target> added = new CopyOnWriteArrayList<>();
  private final Target configured;
  private int nextId = 1;

  /** {@code configured}: the target of the settings, or null. */
  public Targets(Target configured) {
    this.configured = configured;
  }

  public synchronized Target add(JsonElement definition) {
    Target target = Target.parse("p" + nextId, definition, "the proxy target");
    nextId++;
    added.add(target);
    return target;
  }

  /** Every target, those added first. */
  public List<Target> list() {
    List<Target> all = new ArrayList<>(added);
    if (configured != null) {
      all.add(configured);
    }
    return all;
  }

  public void remove(String id) {
    if (!added.removeIf(target -> target.id().equals(id))) {
      throw ApiException.notFound(
          "There is no proxy target '"
              + id
              + "' added through the API"
              + (configured != null && configured.id().equals(id)
                  ? " (the configured one stays for the server's life)"
                  : "")
              + ". Known: "
              + list().stream().map(Target::id).toList()
              + ".");
    }
  }

  /** Removes the targets added through the API; the configured one stays. */
  public synchronized void removeAdded() {
    added.clear();
    nextId = 1;
  }

  /** The target for a connection on {@code path}, or null when it is mocked. */
  public Target forPath(String path) {
    for (Target target : list()) {
      if (target.fits(path)) {
        return target;
      }
    }
    return null;
  }
}
