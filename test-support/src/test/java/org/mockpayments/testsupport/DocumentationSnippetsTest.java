package org.mockpayments.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The code the READMEs show is the code the build compiles and runs: every fenced block after a
 * {@code <!-- snippet: path region -->} marker must equal, word for word, the region of that file
 * between {@code region-begin} and {@code region-end} comments (the whole file without a region).
 */
@Timeout(30)
class DocumentationSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MARKER =
      Pattern.compile(
          "<!-- snippet: (\\S+)(?: (\\S+))? -->\\s*\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everySnippetEqualsTheCodeItComesFrom() {
    List<String> checked = new ArrayList<>();
    for (Path readme : readmes()) {
      Matcher snippet = MARKER.matcher(read(readme));
      while (snippet.find()) {
        Path source = ROOT.resolve(snippet.group(1));
        String expected =
            snippet.group(2) == null ? read(source) : region(source, snippet.group(2));
        assertThat(snippet.group(3))
            .as(
                "the snippet of %s in %s",
                snippet.group(1) + (snippet.group(2) == null ? "" : " " + snippet.group(2)),
                ROOT.relativize(readme))
            .isEqualTo(expected);
        checked.add(ROOT.relativize(readme) + " <- " + snippet.group(1));
      }
    }
    assertThat(checked).as("snippets checked").hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theUserProjectsUseThisVersionOfTheArtifacts() {
    String version = tag(read(ROOT.resolve("pom.xml")), "version");
    for (String pom :
        List.of(
            "examples/consumer/pom.xml",
            "examples/spring-boot/pom.xml",
            "compat/pom.xml",
            "compat/spring-boot-3.5/pom.xml")) {
      assertThat(tag(read(ROOT.resolve(pom)), "mock-payments.version"))
          .as("%s's mock-payments.version", pom)
          .isEqualTo(version);
    }
  }

  private static List<Path> readmes() {
    try (Stream<Path> files = Files.walk(ROOT, 3)) {
      return files
          .filter(
              path ->
                  path.getFileName().toString().equals("README.md")
                      || (path.startsWith(ROOT.resolve("docs"))
                          && path.getFileName().toString().endsWith(".md")))
          .filter(
              path ->
                  !path.toString().contains("/target/")
                      && !path.toString().contains("/node_modules/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lines between the region's begin and end markers, with their common indentation removed.
   */
  private static String region(Path source, String name) {
    List<String> lines = Arrays.asList(read(source).split("\n", -1));
    int begin = indexOf(lines, name + "-begin", source);
    int end = indexOf(lines, name + "-end", source);
    List<String> region = lines.subList(begin + 1, end);
    int indent =
        region.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder text = new StringBuilder();
    region.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
    return text.toString().stripTrailing() + "\n";
  }

  private static int indexOf(List<String> lines, String marker, Path source) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().matches("(//|<!--|#) " + Pattern.quote(marker) + "( -->)?")) {
        return i;
      }
    }
    throw new AssertionError("There is no marker " + marker + " in " + source);
  }

  private static String tag(String xml, String name) {
    Matcher value =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
            .matcher(xml);
    if (!value.find()) {
      throw new AssertionError("No <" + name + "> in the pom");
    }
    return value.group(1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
