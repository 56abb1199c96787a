package io.wethodkit.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the projects mock for a test class: started in-process on a free port before all tests,
 * reset (data, clock and WireMock stubs) before each test, stopped after all. Test methods get it
 * as a {@link io.wethodkit.mock.MockServer} parameter, its admin API as a {@link
 * io.wethodkit.mock.client.MockAdminClient} parameter, or its base URL as a {@code String} or
 * {@code URI} parameter annotated {@link MockBaseUrl}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WethodMockExtension.class)
public @interface WethodMock {

  /** A fixtures folder (relative to the working directory); empty for the bundled fixtures. */
  String fixtures() default "";

  /** A contract file; empty for the bundled contract. */
  String contract() default "";

  /** An admin token every {@code /__admin} call must send; empty for an open admin API. */
  String adminToken() default "";

  /** Whether WireMock records requests in its journal. */
  boolean journal() default false;
}
