package org.mockpayments.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.chargetime.ocpp.CallErrorException;
import eu.chargetime.ocpp.model.core.AuthorizationStatus;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.ChargePointErrorCode;
import eu.chargetime.ocpp.model.core.ChargePointStatus;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.RegistrationStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionConfirmation;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockpayments.client.Match;
import org.mockpayments.client.MockConnection;
import org.mockpayments.client.Recipes;
import org.mockpayments.server.MockPaymentsServerExtension;
import org.mockpayments.server.ServerSettings;

/** The OCPP 1.6J recipe, driven by the Open Charge Alliance's Java charge-point library. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OcppRecipeTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @RegisterExtension
  static MockPaymentsServerExtension payments =
      MockPaymentsServerExtension.withSettings(
          ServerSettings.builder().stubsFromClasspath(Recipes.OCPP_16J).build());

  private Chargers charger;

  @BeforeEach
  void connect() {
    charger = Chargers.connect(payments.getWebSocketUrl("/ocpp").toString(), "CP-1");
  }

  @AfterEach
  void disconnect() {
    charger.client.disconnect();
  }

  @Test
  void aBootNotificationIsAcceptedWithTheTimeAndAnInterval() throws Exception {
    BootNotificationConfirmation boot =
        charger.call(charger.core.createBootNotificationRequest("ACME", "Wallbox 22"));
    assertThat(boot.getStatus()).isEqualTo(RegistrationStatus.Accepted);
    assertThat(boot.getInterval()).isEqualTo(300);
    assertThat(Duration.between(boot.getCurrentTime(), ZonedDateTime.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
    assertThat(payments.connections().get(0).subprotocol()).isEqualTo("ocpp1.6");
    assertThat(payments.connections().get(0).path()).isEqualTo("/ocpp/CP-1");

    HeartbeatConfirmation heartbeat = charger.call(charger.core.createHeartbeatRequest());
    assertThat(heartbeat.getCurrentTime()).isNotNull();
  }

  @Test
  void aTransactionIsAuthorizedStartedStoppedAndReported() throws Exception {
    AuthorizeConfirmation authorized = charger.call(charger.core.createAuthorizeRequest("TAG-1"));
    assertThat(authorized.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);
    StartTransactionConfirmation started =
        charger.call(
            charger.core.createStartTransactionRequest(1, "TAG-1", 0, ZonedDateTime.now()));
    assertThat(started.getTransactionId()).isEqualTo(1);
    assertThat(started.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);
    StartTransactionConfirmation second =
        charger.call(
            charger.core.createStartTransactionRequest(2, "TAG-1", 0, ZonedDateTime.now()));
    assertThat(second.getTransactionId()).as("a new id for each transaction").isEqualTo(2);
    StopTransactionConfirmation stopped =
        charger.call(charger.core.createStopTransactionRequest(1200, ZonedDateTime.now(), 1));
    assertThat(stopped.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);
    charger.call(
        charger.core.createStatusNotificationRequest(
            1, ChargePointErrorCode.NoError, ChargePointStatus.Available));
  }

  @Test
  void anActionTheRecipeDoesNotKnowIsNotImplemented() {
    Throwable failure =
        catchThrowable(() -> charger.call(charger.core.createDataTransferRequest("ACME")));
    assertThat(failure).isInstanceOf(ExecutionException.class);
    assertThat(failure.getCause())
        .isInstanceOfSatisfying(
            CallErrorException.class,
            error -> assertThat(error.getErrorCode()).isEqualTo("NotImplemented"));
  }

  @Test
  void theCentralSystemStartsATransactionRemotely() throws Exception {
    MockConnection conn = payments.awaitConnection(WAIT);
    // ocpp-remote-start-begin
    conn.sendJson(
        "[2,\"cs-1\",\"RemoteStartTransaction\",{\"idTag\":\"TAG-9\",\"connectorId\":1}]");
    conn.awaitFrame(Match.jsonSubset("[3,\"cs-1\",{\"status\":\"Accepted\"}]"), WAIT);
    // ocpp-remote-start-end
    assertThat(((RemoteStartTransactionRequest) charger.nextRequest()).getIdTag())
        .isEqualTo("TAG-9");
    assertThat(payments.frames())
        .as("the charger's result is taken quietly: no NotImplemented for it")
        .noneSatisfy(frame -> assertThat(frame.text()).contains("NotImplemented"));
  }
}
