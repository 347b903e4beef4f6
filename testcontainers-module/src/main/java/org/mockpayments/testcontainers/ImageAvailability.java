package org.mockpayments.testcontainers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * Uses the image when the Docker engine has it; otherwise fails fast with the sentence that fixes
 * it, instead of Testcontainers' minutes of retried pulls. This project's image is not on Docker
 * Hub, so a bare {@code mock-payments-server} name that is missing is never pulled; an image from a
 * registry is pulled once, for at most {@link #PULL_LIMIT}.
 */
final class ImageAvailability implements ImagePullPolicy {
  static final Duration PULL_LIMIT = Duration.ofSeconds(25);

  @Override
  public boolean shouldPull(DockerImageName image) {
    DockerClient docker = DockerClientFactory.lazyClient();
    if (isPresent(docker, image)) {
      return false;
    }
    if (image.getRegistry().isEmpty() && image.getRepository().equals(ImageVersion.NAME)) {
      throw new IllegalStateException(
          missing(image, "this project's image is built locally, not pulled from Docker Hub."));
    }
    pull(docker, image);
    return false;
  }

  private static boolean isPresent(DockerClient docker, DockerImageName image) {
    try {
      docker.inspectImageCmd(image.asCanonicalNameString()).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static void pull(DockerClient docker, DockerImageName image) {
    ResultCallback.Adapter<PullResponseItem> pulling = new ResultCallback.Adapter<>();
    String failure;
    try {
      docker.pullImageCmd(image.getUnversionedPart()).withTag(image.getVersionPart()).exec(pulling);
      if (!pulling.awaitCompletion(PULL_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        failure = "the pull did not finish within " + PULL_LIMIT.toSeconds() + " s";
      } else {
        failure = isPresent(docker, image) ? null : "the registry did not deliver it";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "interrupted";
    } catch (RuntimeException e) {
      failure = e.getMessage();
    } finally {
      closeQuietly(pulling);
    }
    if (failure != null) {
      throw new IllegalStateException(missing(image, "pulling it failed: " + failure + "."));
    }
  }

  private static String missing(DockerImageName image, String why) {
    return "The Docker image "
        + image.asCanonicalNameString()
        + " is not in the local Docker engine, and "
        + why
        + " Build it with `make image` (or `make install`) in a checkout of mock-payments, or push"
        + " it to your registry with `make push-image REGISTRY=host:port` and run it from there:"
        + " new MockPaymentsContainer(DockerImageName.parse(\"host:port/"
        + ImageVersion.NAME
        + ":"
        + ImageVersion.TAG
        + "\")"
        + ".asCompatibleSubstituteFor(\""
        + ImageVersion.NAME
        + "\")).";
  }

  private static void closeQuietly(ResultCallback.Adapter<PullResponseItem> callback) {
    try {
      callback.close();
    } catch (IOException ignored) {
      // Nothing is left to release once the pull has ended.
    }
  }
}
