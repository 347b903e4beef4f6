package org.mockpayments.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockpayments.testsupport.TestSocket;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The debug page served by the real container, driven in Debian's headless Chromium: a client's
 * connection appears, a frame sent from the composer reaches the client, and the client's reply
 * shows up in the log. Leaves a screenshot in {@code target/debug-page.png}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DebugPageIT {
  private static final DockerImageName IMAGE =
      DockerImageName.parse(System.getProperty("mock.image", "mock-payments-server:latest"));

  @SuppressWarnings("resource")
  static final GenericContainer<?> container =
      new GenericContainer<>(IMAGE)
          .withExposedPorts(8080, 8081)
          .waitingFor(Wait.forHttp("/health").forPort(8081));

  static WebDriver browser;
  static WebDriverWait waitUp;

  @BeforeAll
  static void start() {
    container.start();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(new File("/usr/bin/chromium"))
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,850");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    waitUp = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    container.stop();
  }

  /**
   * By address, not {@code localhost}: Chromium tries IPv6 first, and Docker may publish a port on
   * IPv6 under another number than on the IPv4 address Testcontainers reports.
   */
  private static String pageUrl(GenericContainer<?> mock) {
    return "http://127.0.0.1:" + mock.getMappedPort(8081) + "/";
  }

  @Test
  void withAControlTokenThePageAsksForItAndThenWorks() {
    try (GenericContainer<?> protectedMock =
        new GenericContainer<>(IMAGE)
            .withExposedPorts(8080, 8081)
            .withEnv("MOCK_CONTROL_TOKEN", "page-secret")
            .waitingFor(
                Wait.forHttp("/health")
                    .forPort(8081)
                    .withHeader("Authorization", "Bearer page-secret"))) {
      protectedMock.start();
      browser.get(pageUrl(protectedMock));
      waitUp.until(ExpectedConditions.alertIsPresent()).sendKeys("page-secret");
      browser.switchTo().alert().accept();
      waitUp.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("stream-status"), "Live"));

      TestSocket.connect(
          URI.create("ws://localhost:" + protectedMock.getMappedPort(8080) + "/guarded"));
      WebElement listed =
          waitUp.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#connections li[data-id='c1']")));
      assertThat(listed.getText()).contains("/guarded");
    }
  }

  @Test
  void contractViolationsShowBesideTheirFrameAndConnection() throws Exception {
    ControlHttp control =
        new ControlHttp(URI.create("http://localhost:" + container.getMappedPort(8081) + "/"));
    control.post("reset", "{\"closeConnections\":true}");
    try {
      assertThat(
              control
                  .post(
                      "asyncapi", Files.readString(AsyncApiExchangeTest.document("chat-2.6.yaml")))
                  .status())
          .isEqualTo(201);
      browser.get(pageUrl(container));
      waitUp.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("stream-status"), "Live"));

      TestSocket.connect(
          URI.create("ws://localhost:" + container.getMappedPort(8080) + "/rooms/No_Room"));
      WebElement refused =
          waitUp.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#connections li[data-id='c1'] .violation")));
      assertThat(refused.getText())
          .startsWith("contract error: c1 opened /rooms/No_Room on channel '/rooms/{room}', but");

      TestSocket client =
          TestSocket.connect(
              URI.create("ws://localhost:" + container.getMappedPort(8080) + "/rooms/general"));
      client.send("{\"txt\":\"typo\"}");
      WebElement note =
          waitUp.until(
              ExpectedConditions.presenceOfElementLocated(By.cssSelector("#frames li .violation")));
      assertThat(note.getText())
          .contains("contract error: Frame #")
          .contains("has a property 'txt' the schema does not allow (it allows text)");
    } finally {
      control.post("reset", "{\"closeConnections\":true}");
    }
  }

  @Test
  void watchAndDriveAConversationFromThePage() throws Exception {
    ControlHttp control =
        new ControlHttp(URI.create("http://localhost:" + container.getMappedPort(8081) + "/"));
    control.post(
        "stubs",
        "{\"on\":\"message\",\"match\":{\"jsonSubset\":{\"initiate_payment\":true}},"
            + "\"reply\":[{\"json\":{\"payment_methods\":[\"credit_card\"]}}]}");
    browser.get(pageUrl(container));
    waitUp.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("stream-status"), "Live"));

    TestSocket client =
        TestSocket.connect(
            URI.create("ws://localhost:" + container.getMappedPort(8080) + "/payments?order=7"));
    WebElement listed =
        waitUp.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#connections li[data-id='c1']")));
    assertThat(listed.getText()).contains("/payments?order=7").contains("OPEN");
    client.send("{\"initiate_payment\":true,\"order_id\":\"o-7\"}");
    assertThat(client.nextText()).isEqualTo("{\"payment_methods\":[\"credit_card\"]}");

    listed.click();
    new Select(browser.findElement(By.id("kind"))).selectByValue("json");
    WebElement payload = browser.findElement(By.id("payload"));
    payload.clear();
    payload.sendKeys("{not json");
    browser.findElement(By.id("send")).click();
    waitUp.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("composer-status"), "Not valid JSON"));

    payload.clear();
    payload.sendKeys("{\"state\": \"FULFILL\"}");
    browser.findElement(By.id("send")).click();
    assertThat(client.nextText())
        .as("the page's frame reached the client, sent compactly")
        .isEqualTo("{\"state\":\"FULFILL\"}");

    client.send("{\"ack\":\"fulfilled\",\"order_id\":\"o-7\"}");
    waitUp.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("frames"), "\"ack\": \"fulfilled\""));
    assertThat(browser.findElement(By.id("stubs")).getText()).contains("fired 1×");

    Path screenshot = Path.of("target", "debug-page.png");
    Files.copy(
        ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(),
        screenshot,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(screenshot)).isPositive();
  }
}
