package org.mockpayments.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code docker run} until the first 200 from each contender's health endpoint, interleaved round
 * by round so noise hits all alike; also the resident memory of each once started.
 */
final class ReadyTime {
  /** A server image and how to ask it whether it is up. */
  record Contender(String name, String image, int port, String method, String path) {}

  static final String FLOOR = "bench-floor:latest";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
  final Map<String, Stats> ready = new LinkedHashMap<>();
  final Map<String, Stats> rss = new LinkedHashMap<>();

  void measure(List<Contender> contenders, int rounds) {
    contenders.forEach(
        c -> {
          ready.put(c.name(), new Stats());
          rss.put(c.name(), new Stats());
        });
    ready.put("empty container (floor)", new Stats());
    for (int round = 0; round < rounds; round++) {
      List<Runnable> order = new ArrayList<>();
      for (Contender contender : contenders) {
        order.add(() -> once(contender));
      }
      order.add(this::floorOnce);
      // Rotate the order every round so no contender always runs first or last.
      for (int i = 0; i < order.size(); i++) {
        order.get((i + round) % order.size()).run();
      }
    }
  }

  /** One {@code docker run} of {@code contender} until its first 200, in ms; not recorded. */
  double readyOnce(Contender contender) {
    Started started = start(contender);
    Docker.run("rm", "-f", started.id());
    return started.readyMs();
  }

  /** A running container of a contender, and how long it took to answer its first 200. */
  private record Started(String id, double readyMs) {}

  private Started start(Contender contender) {
    int hostPort = Docker.freePort();
    long start = System.nanoTime();
    String id =
        Docker.run(
            "run",
            "-d",
            "--rm",
            "-p",
            "127.0.0.1:" + hostPort + ":" + contender.port(),
            contender.image());
    try {
      awaitUp(contender, hostPort, start);
    } catch (RuntimeException e) {
      Docker.run("rm", "-f", id);
      throw e;
    }
    return new Started(id, (System.nanoTime() - start) / 1e6);
  }

  private void awaitUp(Contender contender, int hostPort, long start) {
    URI health = URI.create("http://127.0.0.1:" + hostPort + contender.path());
    long deadline = start + Duration.ofSeconds(60).toNanos();
    while (!isUp(health, contender.method())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(contender.name() + " was not up within 60 s");
      }
      LockSupport.parkNanos(1_000_000);
    }
  }

  private void once(Contender contender) {
    Started started = start(contender);
    try {
      ready.get(contender.name()).add(started.readyMs());
      LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
      rss.get(contender.name()).add(Docker.rssMib(started.id()));
    } finally {
      Docker.run("rm", "-f", started.id());
    }
  }

  private void floorOnce() {
    long start = System.nanoTime();
    Docker.run("run", "--rm", FLOOR);
    ready.get("empty container (floor)").add((System.nanoTime() - start) / 1e6);
  }

  private boolean isUp(URI uri, String method) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(2))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
