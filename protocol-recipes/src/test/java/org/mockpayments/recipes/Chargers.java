package org.mockpayments.recipes;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ClearCacheConfirmation;
import eu.chargetime.ocpp.model.core.ClearCacheRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.RemoteStartStopStatus;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation;
import eu.chargetime.ocpp.model.core.UnlockConnectorRequest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A charge point on the Open Charge Alliance's Java library: it accepts a remote start and
 * remembers the requests the central system (the mock) made; whatever else the central system asks
 * is left unanswered, as the recipe's tests never ask it.
 */
final class Chargers implements ClientCoreEventHandler {
  final ClientCoreProfile core = new ClientCoreProfile(this);
  final JSONClient client;
  final BlockingQueue<Request> fromCentralSystem = new LinkedBlockingQueue<>();

  private Chargers(String identity) {
    this.client = new JSONClient(core, identity);
  }

  /** A charge point called {@code identity}, connected to {@code url}. */
  static Chargers connect(String url, String identity) {
    Chargers charger = new Chargers(identity);
    charger.client.connect(
        url,
        new ClientEvents() {
          @Override
          public void connectionOpened() {}

          @Override
          public void connectionClosed() {}
        });
    return charger;
  }

  /** Sends {@code request} and waits for the central system's confirmation. */
  @SuppressWarnings("unchecked")
  <T extends Confirmation> T call(Request request) throws Exception {
    return (T) client.send(request).toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  Request nextRequest() throws InterruptedException {
    return fromCentralSystem.poll(5, TimeUnit.SECONDS);
  }

  @Override
  public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(
      RemoteStartTransactionRequest request) {
    fromCentralSystem.add(request);
    return new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Accepted);
  }

  @Override
  public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(
      ChangeAvailabilityRequest request) {
    return null;
  }

  @Override
  public GetConfigurationConfirmation handleGetConfigurationRequest(
      GetConfigurationRequest request) {
    return null;
  }

  @Override
  public ChangeConfigurationConfirmation handleChangeConfigurationRequest(
      ChangeConfigurationRequest request) {
    return null;
  }

  @Override
  public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest request) {
    return null;
  }

  @Override
  public DataTransferConfirmation handleDataTransferRequest(DataTransferRequest request) {
    return null;
  }

  @Override
  public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(
      RemoteStopTransactionRequest request) {
    return null;
  }

  @Override
  public ResetConfirmation handleResetRequest(ResetRequest request) {
    return null;
  }

  @Override
  public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest request) {
    return null;
  }
}
