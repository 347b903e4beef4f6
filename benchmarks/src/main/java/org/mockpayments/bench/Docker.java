package org.mockpayments.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The docker CLI, as a user would type it, plus what /proc tells of a container's process. */
final class Docker {
  private Docker() {}

  static String run(String... command) {
    List<String> args = new ArrayList<>(List.of("docker"));
    args.addAll(List.of(command));
    try {
      Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
      String out =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", args) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run docker", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts a container on the host's network, removed when it stops; {@code rest}: what follows
   * {@code docker run}'s own options, such as {@code -e} settings and the image. Returns its id.
   */
  static String runOnHostNetwork(String... rest) {
    List<String> command = new ArrayList<>(List.of("run", "-d", "--rm", "--network", "host"));
    command.addAll(List.of(rest));
    return run(command.toArray(String[]::new));
  }

  static double imageSizeMb(String image) {
    return Long.parseLong(run("image", "inspect", "-f", "{{.Size}}", image)) / 1_000_000.0;
  }

  /** Resident memory of a container's main process, in MiB, read from the host's /proc. */
  static double rssMib(String containerId) {
    String pid = pid(containerId);
    try {
      for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/" + pid + "/status", e);
    }
    throw new IllegalStateException("no VmRSS for pid " + pid);
  }

  /**
   * CPU time a container's main process (all its threads) has used so far, in ms, from the host's
   * /proc: utime plus stime, in clock ticks of 10 ms (Linux's USER_HZ).
   */
  static double cpuMillis(String containerId) {
    String pid = pid(containerId);
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
    }
  }

  /** The host's pid of a container's main process. */
  private static String pid(String containerId) {
    return run("inspect", "-f", "{{.State.Pid}}", containerId);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
