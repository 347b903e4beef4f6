package org.mockpayments.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ApiShapeTest {
  @Test
  void theClientImplementsEveryOperationItselfSoNoDefaultMethodCallsItselfForever() {
    List<String> notOverridden =
        Arrays.stream(MockPayments.class.getMethods())
            .filter(Method::isDefault)
            .filter(
                method -> {
                  try {
                    return MockPaymentsClient.class.getDeclaredMethod(
                            method.getName(), method.getParameterTypes())
                        == null;
                  } catch (NoSuchMethodException e) {
                    return true;
                  }
                })
            .map(Method::getName)
            .toList();
    assertThat(notOverridden)
        .as("MockPayments operations MockPaymentsClient does not implement")
        .isEmpty();
  }

  @Test
  void everyPublicMethodOfTheInterfaceIsAnOperationOrTheClient() {
    assertThat(
            Arrays.stream(MockPayments.class.getMethods())
                .filter(method -> Modifier.isAbstract(method.getModifiers()))
                .map(Method::getName))
        .as("the one method implementations provide")
        .containsExactly("client");
  }

  @Test
  void framesAreValuesThatCannotBeChangedThroughTheirBytes() {
    byte[] payload = {1, 2, 3};
    Frame frame =
        new Frame(
            7,
            "c1",
            Frame.Direction.IN,
            Frame.Type.BINARY,
            null,
            payload,
            null,
            null,
            null,
            Instant.EPOCH);
    payload[0] = 9;
    frame.bytes()[1] = 9;

    assertThat(frame.bytes())
        .as("the payload as given, untouched by later changes")
        .containsExactly(1, 2, 3);
    assertThat(frame)
        .isEqualTo(
            new Frame(
                7,
                "c1",
                Frame.Direction.IN,
                Frame.Type.BINARY,
                null,
                new byte[] {1, 2, 3},
                null,
                null,
                null,
                Instant.EPOCH));
    assertThat(frame)
        .hasSameHashCodeAs(
            new Frame(
                7,
                "c1",
                Frame.Direction.IN,
                Frame.Type.BINARY,
                null,
                new byte[] {1, 2, 3},
                null,
                null,
                null,
                Instant.EPOCH));
    assertThat(frame).hasToString("#7 c1 in binary base64:AQID");
  }

  @Test
  void aCloseWithoutReasonReadsAsItsCodeAlone() {
    Frame close =
        new Frame(
            3,
            "c2",
            Frame.Direction.OUT,
            Frame.Type.CLOSE,
            null,
            null,
            1000,
            "",
            null,
            Instant.EPOCH);
    assertThat(close).hasToString("#3 c2 out close 1000");
  }
}
